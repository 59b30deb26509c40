package fr.ploucs.accompaniment.applications.adapter.out.persistence;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;
import java.util.UUID;

interface ApplicationRowRepository extends ListCrudRepository<ApplicationRow, UUID> {

    @Query("select * from accompaniment.application where id = :id for update")
    Optional<ApplicationRow> lockById(UUID id);
}
