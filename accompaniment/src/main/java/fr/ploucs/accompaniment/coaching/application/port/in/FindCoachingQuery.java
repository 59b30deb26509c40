package fr.ploucs.accompaniment.coaching.application.port.in;

import fr.ploucs.accompaniment.coaching.domain.Assignment;
import fr.ploucs.accompaniment.coaching.domain.CoachingSession;
import fr.ploucs.accompaniment.coaching.domain.CoachingSessionId;
import fr.ploucs.sharedkernel.MemberId;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

public interface FindCoachingQuery {

    /** The project's assignments, the current one first. */
    List<Assignment> assignmentsOf(UUID projectId);

    Optional<Assignment> currentAssignment(UUID projectId);

    /** The project's sessions, latest first, deleted ones left out. */
    List<CoachingSession> sessionsOf(UUID projectId);

    Optional<CoachingSession> session(CoachingSessionId id);

    /** The projects a member structure coaches now: all a representative of it may see. */
    Set<UUID> projectsCoachedBy(MemberId memberId);

    /** The hours of the projects' sessions, deleted ones left out. */
    java.math.BigDecimal hoursHeldFor(java.util.Collection<UUID> projectIds);

    /** Projects whose coaching member left the network, to reassign. */
    List<Assignment> toReassign();
}
