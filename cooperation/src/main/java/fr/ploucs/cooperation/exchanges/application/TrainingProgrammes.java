package fr.ploucs.cooperation.exchanges.application;

import fr.ploucs.cooperation.exchanges.application.port.in.FindTrainingQuery;
import fr.ploucs.cooperation.exchanges.application.port.in.ManageTrainingProgrammeUseCase;
import fr.ploucs.cooperation.engagement.application.port.in.RecordEngagementUseCase;
import fr.ploucs.cooperation.engagement.application.port.in.RecordEngagementUseCase.CreditHours;
import fr.ploucs.cooperation.exchanges.application.port.in.TrainingNotFound;
import fr.ploucs.cooperation.members.application.port.in.MemberDirectoryQuery;
import fr.ploucs.cooperation.exchanges.application.port.out.TrainingRepository;
import fr.ploucs.cooperation.exchanges.domain.Attendance;
import fr.ploucs.cooperation.shared.domain.EngagementSource;
import fr.ploucs.cooperation.members.application.port.in.MemberDirectoryQuery.MemberEntry;
import fr.ploucs.cooperation.exchanges.domain.RegistrationStatus;
import fr.ploucs.cooperation.exchanges.domain.TrainingChangedMeanwhile;
import fr.ploucs.cooperation.exchanges.domain.TrainingProgramme;
import fr.ploucs.cooperation.exchanges.domain.TrainingProgrammeId;
import fr.ploucs.cooperation.exchanges.domain.TrainingRegistration;
import fr.ploucs.cooperation.exchanges.domain.TrainingRegistrationId;
import fr.ploucs.cooperation.exchanges.domain.TrainingRuleViolation;
import fr.ploucs.cooperation.exchanges.domain.TrainingSession;
import fr.ploucs.cooperation.exchanges.domain.TrainingSessionId;
import fr.ploucs.sharedkernel.events.TrainingSessionScheduled;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The members' yearly training programme. Places are counted under a lock on the session's row
 * ({@link TrainingRepository#lockSession}): of registrations arriving at the same moment, each counts the places
 * once the previous one has committed, so no more than the capacity ever hold a place; the others wait on the list.
 * Attendance credits each present member the session's duration in the engagement ledger, once per session.
 */
@Service
@Transactional
class TrainingProgrammes implements ManageTrainingProgrammeUseCase, FindTrainingQuery {

    private final TrainingRepository training;
    private final MemberDirectoryQuery members;
    private final RecordEngagementUseCase engagement;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TrainingProgrammes(TrainingRepository training, MemberDirectoryQuery members, RecordEngagementUseCase engagement,
                       ApplicationEventPublisher events, Clock clock) {
        this.training = training;
        this.members = members;
        this.engagement = engagement;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public TrainingProgrammeId openProgramme(OpenProgramme command) {
        if (training.findProgrammeOf(command.year()).isPresent()) {
            throw new TrainingRuleViolation("year", "training.programme.year.taken");
        }
        return training.save(TrainingProgramme.open(TrainingProgrammeId.newId(), command.year(), command.title(),
                command.description())).getId();
    }

    @Override
    public void describeProgramme(DescribeProgramme command) {
        TrainingProgramme programme = requireProgramme(command.programmeId());
        if (programme.changedSince(command.expectedVersion())) {
            throw new TrainingChangedMeanwhile(command.programmeId());
        }
        programme.describe(command.title(), command.description());
        training.save(programme);
    }

    @Override
    public TrainingSessionId schedule(ScheduleSession command) {
        TrainingProgramme programme = requireProgramme(command.programmeId());
        TrainingSession stored = training.save(
                TrainingSession.schedule(TrainingSessionId.newId(), programme, command.details()));
        events.publishEvent(new TrainingSessionScheduled(UUID.randomUUID(), clock.instant(), stored.getId().value(),
                stored.getDetails().title(), stored.getDetails().on(), stored.getDetails().capacity()));
        return stored.getId();
    }

    @Override
    public void replan(ReplanSession command) {
        TrainingSession session = training.lockSession(command.sessionId())
                .orElseThrow(() -> new TrainingNotFound(command.sessionId()));
        if (session.changedSince(command.expectedVersion())) {
            throw new TrainingChangedMeanwhile(command.sessionId());
        }
        TrainingProgramme programme = requireProgramme(session.getProgrammeId());
        session.replan(programme, command.details(), training.count(session.getId(), RegistrationStatus.REGISTERED));
        TrainingSession stored = training.save(session);
        promoteWaiting(stored);
    }

    @Override
    public RegistrationOutcome register(Register command) {
        TrainingSession session = training.lockSession(command.sessionId())
                .orElseThrow(() -> new TrainingNotFound(command.sessionId()));
        if (session.isAttendanceRecorded()) {
            throw new TrainingRuleViolation("training.registration.session-over");
        }
        members.entryOf(command.memberId()).filter(MemberEntry::currentMember)
                .orElseThrow(() -> new TrainingRuleViolation("memberId", "training.registration.member.not-member"));
        int taken = training.count(session.getId(), RegistrationStatus.REGISTERED);
        TrainingRegistration stored = training.save(TrainingRegistration.register(TrainingRegistrationId.newId(),
                session, command.memberId(), command.personName(), taken, clock.instant()));
        return new RegistrationOutcome(stored.getId(), stored.getStatus() == RegistrationStatus.WAITING);
    }

    @Override
    public void cancel(CancelRegistration command) {
        TrainingSessionId sessionId = training.findRegistration(command.registrationId())
                .orElseThrow(() -> new TrainingNotFound(command.registrationId())).getSessionId();
        TrainingSession session = training.lockSession(sessionId).orElseThrow(() -> new TrainingNotFound(sessionId));
        // Read again under the lock: it may have been promoted or cancelled while we waited for it.
        TrainingRegistration registration = training.findRegistration(command.registrationId()).orElseThrow();
        registration.cancel();
        training.save(registration);
        if (!session.isAttendanceRecorded()) {
            promoteWaiting(session);
        }
    }

    @Override
    public void recordAttendance(RecordAttendance command) {
        TrainingSession session = training.lockSession(command.sessionId())
                .orElseThrow(() -> new TrainingNotFound(command.sessionId()));
        if (session.changedSince(command.expectedVersion())) {
            throw new TrainingChangedMeanwhile(command.sessionId());
        }
        session.recordAttendance(LocalDate.now(clock));
        List<TrainingRegistration> holdingPlaces = training.registrationsOf(session.getId()).stream()
                .filter(TrainingRegistration::holdsPlace).toList();
        for (TrainingRegistration registration : holdingPlaces) {
            Attendance presence = command.presence().get(registration.getId());
            if (presence == null) {
                throw new TrainingRuleViolation("training.attendance.incomplete");
            }
            registration.mark(presence);
            training.save(registration);
        }
        TrainingSession stored = training.save(session);
        // One line per member and session: a structure that sent two people gave the session's hours once.
        holdingPlaces.stream().filter(TrainingRegistration::wasPresent)
                .map(TrainingRegistration::getMemberId).distinct()
                .forEach(member -> engagement.credit(new CreditHours(member, EngagementSource.TRAINING,
                        stored.getId().toString(), stored.getDetails().on(), stored.getDetails().durationInHours(),
                        stored.getDetails().title())));
    }

    /** Gives freed places to the waiting list, first come first served; the caller holds the session's lock. */
    private void promoteWaiting(TrainingSession session) {
        int free = session.placesLeft(training.count(session.getId(), RegistrationStatus.REGISTERED));
        List<TrainingRegistration> waiting = training.registrationsOf(session.getId()).stream()
                .filter(r -> r.getStatus() == RegistrationStatus.WAITING).limit(free).toList();
        for (TrainingRegistration registration : waiting) {
            registration.promote();
            training.save(registration);
        }
    }

    private TrainingProgramme requireProgramme(TrainingProgrammeId id) {
        return training.findProgramme(id).orElseThrow(() -> new TrainingNotFound(id));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TrainingProgramme> programmeOf(int year) {
        return training.findProgrammeOf(year);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TrainingProgramme> programme(TrainingProgrammeId id) {
        return training.findProgramme(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Integer> programmeYears() {
        return training.programmeYears();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SessionOverview> sessionsOf(TrainingProgrammeId programme) {
        Map<TrainingSessionId, Map<RegistrationStatus, Integer>> counts = training.countsOf(programme);
        return training.sessionsOf(programme).stream()
                .map(session -> {
                    Map<RegistrationStatus, Integer> count = counts.getOrDefault(session.getId(), Map.of());
                    return new SessionOverview(session, count.getOrDefault(RegistrationStatus.REGISTERED, 0),
                            count.getOrDefault(RegistrationStatus.WAITING, 0));
                })
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SessionOverview> session(TrainingSessionId id) {
        return training.findSession(id).map(session -> new SessionOverview(session,
                training.count(id, RegistrationStatus.REGISTERED), training.count(id, RegistrationStatus.WAITING)));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TrainingRegistration> registration(TrainingRegistrationId id) {
        return training.findRegistration(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TrainingRegistration> registrationsOf(TrainingSessionId session) {
        return training.registrationsOf(session);
    }
}
