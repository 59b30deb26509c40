package fr.ploucs.accompaniment.followup.adapter.out.persistence;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

interface CheckInRowRepository extends ListCrudRepository<CheckInRow, UUID> {

    @Query("""
            select * from accompaniment.follow_up_check_in
             where recorded_on is null and not announced and due_on <= :today
             order by due_on for update skip locked""")
    List<CheckInRow> lockUnannouncedDue(LocalDate today);

    @Query("select * from accompaniment.follow_up_check_in where recorded_on is null and due_on <= :today order by due_on, project_title")
    List<CheckInRow> due(LocalDate today);

    @Query("select * from accompaniment.follow_up_check_in where project_id = :projectId order by months_after")
    List<CheckInRow> ofProject(UUID projectId);
}
