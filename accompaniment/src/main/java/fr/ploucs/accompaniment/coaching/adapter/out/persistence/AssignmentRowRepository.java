package fr.ploucs.accompaniment.coaching.adapter.out.persistence;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.UUID;

interface AssignmentRowRepository extends ListCrudRepository<AssignmentRow, UUID> {

    @Query("select * from accompaniment.coaching_assignment where project_id = :projectId order by until is null desc, since desc")
    List<AssignmentRow> ofProject(UUID projectId);

    @Query("select * from accompaniment.coaching_assignment where member_id = :memberId and until is null")
    List<AssignmentRow> currentOf(UUID memberId);

    @Query("select * from accompaniment.coaching_assignment where until is null")
    List<AssignmentRow> current();

    @Query("select * from accompaniment.coaching_assignment where needs_reassignment and until is null order by since")
    List<AssignmentRow> toReassign();
}
