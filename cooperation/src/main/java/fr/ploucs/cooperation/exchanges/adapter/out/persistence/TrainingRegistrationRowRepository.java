package fr.ploucs.cooperation.exchanges.adapter.out.persistence;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.UUID;

interface TrainingRegistrationRowRepository extends ListCrudRepository<TrainingRegistrationRow, UUID> {

    @Query("""
            select * from cooperation.training_registration where session_id = :session
            order by case status when 'REGISTERED' then 0 when 'WAITING' then 1 else 2 end, registered_at, id""")
    List<TrainingRegistrationRow> ofSession(UUID session);

    @Query("select count(*) from cooperation.training_registration where session_id = :session and status = :status")
    int count(UUID session, String status);
}
