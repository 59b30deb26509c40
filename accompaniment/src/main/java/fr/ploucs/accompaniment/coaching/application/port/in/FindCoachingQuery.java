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

    /**
     * What the coaching page of a project shows: its assignments (current first) and live sessions (latest first)
     * with their total hours.
     *
     * @param actingFor the structure a representative speaks for, or null for a coordinator
     * @throws CoachingNotFound when there is no such project
     * @throws NotYourProject   when the representative's structure does not coach the project now
     */
    ProjectCoaching coachingOf(UUID projectId, MemberId actingFor);

    /**
     * The projects coached now: by the representative's structure, or every coached project for a coordinator
     * ({@code actingFor} null), by title.
     */
    List<CoachedProject> coachedProjects(MemberId actingFor);

    record ProjectCoaching(UUID projectId, String title, List<Assignment> assignments, List<CoachingSession> sessions,
                           java.math.BigDecimal totalHours) {

        public Optional<Assignment> current() {
            return assignments.stream().filter(Assignment::isCurrent).findFirst();
        }
    }

    record CoachedProject(UUID projectId, String title, String memberName, String coachName,
                          java.time.LocalDate since, boolean needsReassignment, java.math.BigDecimal hoursHeld) {
    }

    /** Projects whose coaching member left the network, to reassign. */
    List<Assignment> toReassign();
}
