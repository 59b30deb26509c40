package fr.ploucs.accompaniment.coaching.application.port.in;

import fr.ploucs.accompaniment.coaching.domain.AssignmentId;
import fr.ploucs.accompaniment.coaching.domain.CoachingSession.SessionDetails;
import fr.ploucs.accompaniment.coaching.domain.CoachingSessionId;
import fr.ploucs.sharedkernel.MemberId;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Who coaches each project, and the sessions they hold. Assigning publishes {@code ResponsibilityAssigned} (and
 * {@code ResponsibilityEnded} for the assignment it replaces); a session publishes {@code CoachingSessionHeld}, a
 * correction or deletion {@code CoachingSessionCorrected}.
 *
 * <p>{@code actingFor} is the member structure a representative acts for, or null for a coordinator: a
 * representative records sessions only for the projects their own structure coaches.
 */
public interface CoachingUseCase {

    AssignmentId assign(Assign command);

    CoachingSessionId hold(Hold command);

    void correct(Correct command);

    void delete(CoachingSessionId sessionId, Long expectedVersion, MemberId actingFor);

    void memberLeft(MemberId memberId);

    record Assign(UUID projectId, MemberId memberId, String coachName, String coachEmail, LocalDate since) {
    }

    record Hold(UUID projectId, MemberId actingFor, SessionDetails details) {
    }

    record Correct(CoachingSessionId sessionId, Long expectedVersion, MemberId actingFor, SessionDetails details) {
    }
}
