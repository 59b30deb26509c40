package fr.ploucs.cooperation.exchanges.application.port.in;

import fr.ploucs.cooperation.exchanges.domain.TrainingProgramme;
import fr.ploucs.cooperation.exchanges.domain.TrainingProgrammeId;
import fr.ploucs.cooperation.exchanges.domain.TrainingRegistration;
import fr.ploucs.cooperation.exchanges.domain.TrainingRegistrationId;
import fr.ploucs.cooperation.exchanges.domain.TrainingSession;
import fr.ploucs.cooperation.exchanges.domain.TrainingSessionId;

import java.util.List;
import java.util.Optional;

public interface FindTrainingQuery {

    Optional<TrainingProgramme> programmeOf(int year);

    Optional<TrainingProgramme> programme(TrainingProgrammeId id);

    /** The years that have a programme, most recent first. */
    List<Integer> programmeYears();

    /** The programme's sessions by day and start, each with its places taken. */
    List<SessionOverview> sessionsOf(TrainingProgrammeId programme);

    Optional<SessionOverview> session(TrainingSessionId id);

    /** The session's registrations, places first then the waiting list, each in order of arrival; cancelled last. */
    List<TrainingRegistration> registrationsOf(TrainingSessionId session);

    Optional<TrainingRegistration> registration(TrainingRegistrationId id);

    record SessionOverview(TrainingSession session, int registered, int waiting) {
        public int placesLeft() {
            return session.placesLeft(registered);
        }
    }
}
