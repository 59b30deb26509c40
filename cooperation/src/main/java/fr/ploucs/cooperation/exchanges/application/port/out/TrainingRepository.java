package fr.ploucs.cooperation.exchanges.application.port.out;

import fr.ploucs.cooperation.exchanges.domain.RegistrationStatus;
import fr.ploucs.cooperation.exchanges.domain.TrainingProgramme;
import fr.ploucs.cooperation.exchanges.domain.TrainingProgrammeId;
import fr.ploucs.cooperation.exchanges.domain.TrainingRegistration;
import fr.ploucs.cooperation.exchanges.domain.TrainingRegistrationId;
import fr.ploucs.cooperation.exchanges.domain.TrainingSession;
import fr.ploucs.cooperation.exchanges.domain.TrainingSessionId;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Programmes, sessions and registrations. Every save returns the stored instance with its new version. */
public interface TrainingRepository {

    Optional<TrainingProgramme> findProgramme(TrainingProgrammeId id);

    Optional<TrainingProgramme> findProgrammeOf(int year);

    /**
     * @throws fr.ploucs.cooperation.exchanges.domain.TrainingRuleViolation {@code training.programme.year.taken} when the year
     *                                                             already has one (even one stored at the same moment)
     * @throws fr.ploucs.cooperation.exchanges.domain.TrainingChangedMeanwhile when someone stored it since it was read
     */
    TrainingProgramme save(TrainingProgramme programme);

    List<Integer> programmeYears();

    Optional<TrainingSession> findSession(TrainingSessionId id);

    /**
     * Reads the session and locks its row until the transaction ends ({@code SELECT ... FOR UPDATE}): another
     * transaction registering for it, cancelling or replanning it waits, so places are counted one at a time.
     */
    Optional<TrainingSession> lockSession(TrainingSessionId id);

    /** @throws fr.ploucs.cooperation.exchanges.domain.TrainingChangedMeanwhile when someone stored it since it was read */
    TrainingSession save(TrainingSession session);

    List<TrainingSession> sessionsOf(TrainingProgrammeId programme);

    /** For each session of the programme, how many registrations have each status (statuses absent = none). */
    Map<TrainingSessionId, Map<RegistrationStatus, Integer>> countsOf(TrainingProgrammeId programme);

    int count(TrainingSessionId session, RegistrationStatus status);

    Optional<TrainingRegistration> findRegistration(TrainingRegistrationId id);

    /** By status (places, waiting list, cancelled), then in order of arrival. */
    List<TrainingRegistration> registrationsOf(TrainingSessionId session);

    /**
     * @throws fr.ploucs.cooperation.exchanges.domain.TrainingRuleViolation {@code training.registration.duplicate} when the
     *                                                             same person of the same member is already registered
     */
    TrainingRegistration save(TrainingRegistration registration);
}
