package fr.ploucs.accompaniment.shared.application.port.in;

import fr.ploucs.sharedkernel.MemberId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the projects' pages show of a project's coaching, as plain records: who may see it, who coaches it now, what
 * happened (assignments and sessions) for its timeline, which projects have a coach or must be reassigned.
 *
 * <p>In the pillar's shared package because coaching depends on projects: the coaching feature implements it, the
 * projects' pages use it, and neither feature depends on the other both ways.
 */
public interface ProjectCoachingQuery {

    /** The projects a member structure coaches now: all a representative of it may see. */
    Set<UUID> projectsCoachedBy(MemberId memberId);

    Optional<CurrentCoach> currentCoach(UUID projectId);

    /** The project's assignments (started, ended) and sessions, oldest first; deleted sessions left out. */
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
