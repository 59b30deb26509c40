package fr.ploucs.cooperation.exchanges.application.port.in;

import fr.ploucs.cooperation.exchanges.domain.Attendance;
import fr.ploucs.cooperation.exchanges.domain.TrainingProgrammeId;
import fr.ploucs.cooperation.exchanges.domain.TrainingRegistrationId;
import fr.ploucs.cooperation.exchanges.domain.TrainingSessionDetails;
import fr.ploucs.cooperation.exchanges.domain.TrainingSessionId;
import fr.ploucs.sharedkernel.MemberId;

import java.util.Map;
import java.util.Objects;

/**
 * The members' yearly training programme: the programme and its sessions, registrations within capacity (then a
 * waiting list), and attendance afterwards, which credits each present member the session's hours. Refusals are
 * {@link fr.ploucs.cooperation.exchanges.domain.TrainingRuleViolation}; stale changes
 * {@link fr.ploucs.cooperation.exchanges.domain.TrainingChangedMeanwhile}; unknown ids {@link TrainingNotFound}.
 */
public interface ManageTrainingProgrammeUseCase {

    TrainingProgrammeId openProgramme(OpenProgramme command);

    void describeProgramme(DescribeProgramme command);

    /** Publishes {@link fr.ploucs.sharedkernel.events.TrainingSessionScheduled}. */
    TrainingSessionId schedule(ScheduleSession command);

    void replan(ReplanSession command);

    /** A place while one is left, the waiting list after; the capacity holds for registrations made at the same moment. */
    RegistrationOutcome register(Register command);

    /** A cancelled place goes to the first on the waiting list. */
    void cancel(CancelRegistration command);

    void recordAttendance(RecordAttendance command);

    record OpenProgramme(int year, String title, String description) {
    }

    record DescribeProgramme(TrainingProgrammeId programmeId, Long expectedVersion, String title, String description) {
        public DescribeProgramme {
            Objects.requireNonNull(programmeId);
        }
    }

    record ScheduleSession(TrainingProgrammeId programmeId, TrainingSessionDetails details) {
        public ScheduleSession {
            Objects.requireNonNull(programmeId);
            Objects.requireNonNull(details);
        }
    }

    record ReplanSession(TrainingSessionId sessionId, Long expectedVersion, TrainingSessionDetails details) {
        public ReplanSession {
            Objects.requireNonNull(sessionId);
            Objects.requireNonNull(details);
        }
    }

    record Register(TrainingSessionId sessionId, MemberId memberId, String personName) {
        public Register {
            Objects.requireNonNull(sessionId);
            Objects.requireNonNull(memberId);
        }
    }

    record RegistrationOutcome(TrainingRegistrationId registrationId, boolean waiting) {
    }

    record CancelRegistration(TrainingRegistrationId registrationId) {
        public CancelRegistration {
            Objects.requireNonNull(registrationId);
        }
    }

    /** @param presence for each registration holding a place, present or absent */
    record RecordAttendance(TrainingSessionId sessionId, Long expectedVersion,
                            Map<TrainingRegistrationId, Attendance> presence) {
        public RecordAttendance {
            Objects.requireNonNull(sessionId);
            presence = Map.copyOf(presence);
        }
    }
}
