package fr.ploucs.accompaniment.programmes.adapter.out.persistence;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.UUID;

interface ProgrammeRowRepository extends ListCrudRepository<ProgrammeRow, UUID> {

    @Query("select * from accompaniment.programme order by lower(name)")
    List<ProgrammeRow> allByName();
}
