package fr.ploucs.accompaniment.coaching.application.port.in;

import fr.ploucs.sharedkernel.MemberId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the other accompaniment features show of a project's coaching, as plain records: who coaches it now, what
 * happened (assignments and sessions) for its timeline, and which projects have a coach or must be reassigned.
 */
public interface CoachingOverviewQuery {

    Optional<CurrentCoach> currentCoach(UUID projectId);

    /** The project's assignments (started, ended) and sessions, oldest first. */
    List<CoachingFact> historyOf(UUID projectId);

    /** The projects that have a current coaching member. */
    Set<UUID> projectsWithACoach();

    /** The projects whose current coaching member left the network. */
    Set<UUID> projectsToReassign();

    record CurrentCoach(MemberId memberId, String memberName, String coachName, LocalDate since,
                        boolean toReassign) {
    }

    enum FactKind { ASSIGNED, ENDED, SESSION }

    /** @param hours and {@code topics} only for a session */
    record CoachingFact(LocalDate on, FactKind kind, String memberName, String coachName, BigDecimal hours,
                        String topics) {
    }
}
