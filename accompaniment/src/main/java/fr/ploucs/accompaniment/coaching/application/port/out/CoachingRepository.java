package fr.ploucs.accompaniment.coaching.application.port.out;

import fr.ploucs.accompaniment.coaching.domain.Assignment;
import fr.ploucs.accompaniment.coaching.domain.CoachingSession;
import fr.ploucs.accompaniment.coaching.domain.CoachingSessionId;
import fr.ploucs.sharedkernel.MemberId;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

public interface CoachingRepository {

    Assignment save(Assignment assignment);

    /** The project's assignments, current first, read under a lock on the project's assignments. */
    List<Assignment> lockAssignmentsOf(UUID projectId);

    List<Assignment> assignmentsOf(UUID projectId);

    List<Assignment> currentAssignmentsOf(MemberId memberId);

    /** Every project's current assignment. */
    List<Assignment> currentAssignments();

    List<Assignment> toReassign();

    Set<UUID> projectsCoachedBy(MemberId memberId);

    /** The projects that have a current assignment, whichever member. */
    Set<UUID> projectsWithACurrentCoach();

    CoachingSession save(CoachingSession session);

    Optional<CoachingSession> lockSession(CoachingSessionId id);

    Optional<CoachingSession> findSession(CoachingSessionId id);

    List<CoachingSession> sessionsOf(UUID projectId);

    java.math.BigDecimal hoursHeldFor(java.util.Collection<UUID> projectIds);
}
