package fr.ploucs.accompaniment.coaching.adapter.out.persistence;

import fr.ploucs.accompaniment.coaching.domain.Assignment;
import fr.ploucs.accompaniment.coaching.domain.AssignmentId;
import fr.ploucs.accompaniment.coaching.domain.CoachingSession;
import fr.ploucs.accompaniment.coaching.domain.CoachingSession.SessionDetails;
import fr.ploucs.accompaniment.coaching.domain.CoachingSessionId;
import fr.ploucs.sharedkernel.MemberId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.UUID;

@Mapper
interface CoachingPersistenceMapper {

    AssignmentRow toRow(Assignment assignment);

    Assignment toDomain(AssignmentRow row);

    @Mapping(target = "heldOn", source = "details.heldOn")
    @Mapping(target = "hours", source = "details.hours")
    @Mapping(target = "coachName", source = "details.coachName")
    @Mapping(target = "topics", source = "details.topics")
    @Mapping(target = "notes", source = "details.notes")
    @Mapping(target = "nextSteps", source = "details.nextSteps")
    CoachingSessionRow toRow(CoachingSession session);

    default CoachingSession toDomain(CoachingSessionRow row) {
        return new CoachingSession(new CoachingSessionId(row.getId()), row.getProjectId(),
                new MemberId(row.getMemberId()), row.getMemberName(), new SessionDetails(row.getHeldOn(),
                row.getHours(), row.getCoachName(), row.getTopics(), row.getNotes(), row.getNextSteps()),
                row.isDeleted(), row.getRevision(), row.getVersion());
    }

    default UUID id(AssignmentId id) {
        return id == null ? null : id.value();
    }

    default AssignmentId assignmentId(UUID id) {
        return id == null ? null : new AssignmentId(id);
    }

    default UUID id(CoachingSessionId id) {
        return id == null ? null : id.value();
    }

    default UUID id(MemberId id) {
        return id == null ? null : id.value();
    }

    default MemberId memberId(UUID id) {
        return id == null ? null : new MemberId(id);
    }
}
