package fr.ploucs.cooperation.exchanges.adapter.out.persistence;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface TrainingSessionRowRepository extends ListCrudRepository<TrainingSessionRow, UUID> {

    /** Locks the session's row until the end of the transaction: concurrent registrations wait for each other. */
    @Query("select * from cooperation.training_session where id = :id for update")
    Optional<TrainingSessionRow> lockById(UUID id);

    @Query("select * from cooperation.training_session where programme_id = :programme order by held_on, starts_at, id")
    List<TrainingSessionRow> ofProgramme(UUID programme);
}
