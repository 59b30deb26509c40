package fr.ploucs.accompaniment.coaching.adapter.out.persistence;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface CoachingSessionRowRepository extends ListCrudRepository<CoachingSessionRow, UUID> {

    @Query("select * from accompaniment.coaching_session where id = :id for update")
    Optional<CoachingSessionRow> lockById(UUID id);

    @Query("select * from accompaniment.coaching_session where project_id = :projectId and not deleted order by held_on desc, id")
    List<CoachingSessionRow> ofProject(UUID projectId);
}
