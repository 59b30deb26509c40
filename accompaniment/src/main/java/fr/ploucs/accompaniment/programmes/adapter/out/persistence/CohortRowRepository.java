package fr.ploucs.accompaniment.programmes.adapter.out.persistence;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface CohortRowRepository extends ListCrudRepository<CohortRow, UUID> {

    @Query("select * from accompaniment.cohort where id = :id for update")
    Optional<CohortRow> lockById(UUID id);

    @Query("select * from accompaniment.cohort where programme_id = :programmeId order by starts_on desc, name")
    List<CohortRow> ofProgramme(UUID programmeId);
}
