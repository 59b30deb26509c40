package fr.ploucs.awareness.sessions.application;

import fr.ploucs.awareness.facilitators.application.port.in.FacilitatingMemberSummary;
import fr.ploucs.awareness.facilitators.application.port.in.ListFacilitatingMembersQuery;
import fr.ploucs.awareness.facilitators.application.port.in.ListFacilitatingMembersUseCase;
import fr.ploucs.awareness.sessions.application.port.in.FindSessionsQuery;
import fr.ploucs.awareness.sessions.application.port.in.NotYourSession;
import fr.ploucs.awareness.sessions.application.port.in.SessionChangedMeanwhile;
import fr.ploucs.awareness.sessions.application.port.in.SessionNotFound;
import fr.ploucs.awareness.sessions.application.port.in.SessionsUseCase;
import fr.ploucs.awareness.sessions.application.port.out.SessionRepository;
import fr.ploucs.awareness.sessions.domain.AwarenessSession;
import fr.ploucs.awareness.sessions.domain.Facilitation;
import fr.ploucs.awareness.sessions.domain.Requester;
import fr.ploucs.awareness.sessions.domain.RequesterId;
import fr.ploucs.awareness.sessions.domain.SessionId;
import fr.ploucs.awareness.sessions.domain.SessionRuleViolation;
import fr.ploucs.sharedkernel.events.AwarenessSessionDelivered;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.events.ResponsibilityAssigned;
import fr.ploucs.sharedkernel.events.ResponsibilityEnded;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Session requests to evaluation. Each step locks the session's row and checks the version the change was based on.
 * Facilitating persons hold a responsibility while the session is to come ({@link ResponsibilityAssigned}, then
 * {@link ResponsibilityEnded} once delivered, cancelled or replaced); delivery credits each facilitating member its
 * hours ({@link AwarenessSessionDelivered}).
 */
@Service
@Transactional
class SessionService implements SessionsUseCase, FindSessionsQuery {

    static final String PILLAR = "awareness";

    private final SessionRepository repository;
    private final ListFacilitatingMembersUseCase members;
    private final FindTerritoryQuery territory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionService(SessionRepository repository, ListFacilitatingMembersUseCase members, FindTerritoryQuery territory,
                   ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.members = members;
        this.territory = territory;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public RequesterId createRequester(CreateRequester command) {
        return repository.save(new Requester(RequesterId.newId(), command.name(), command.kind(), command.contact()))
                .id();
    }

    @Override
    public SessionId request(Request command) {
        if (command.requesterId() == null) {
            throw new SessionRuleViolation("requesterId", "awareness.session.requester.required");
        }
        repository.findRequester(command.requesterId())
                .orElseThrow(() -> new SessionRuleViolation("requesterId", "awareness.session.requester.unknown"));
        if (command.communeCode() != null && !command.communeCode().isBlank()
                && territory.commune(command.communeCode().strip()).isEmpty()) {
            throw new SessionRuleViolation("communeCode", "awareness.session.commune.unknown");
        }
        String commune = command.communeCode() == null ? null : command.communeCode().strip();
        return repository.save(AwarenessSession.request(SessionId.newId(), command.requesterId(), command.title(),
                command.date(), commune, command.audiences(), command.expectedParticipants(), today())).getId();
    }

    @Override
    public void schedule(Schedule command) {
        AwarenessSession session = lockCurrent(command.sessionId(), command.expectedVersion());
        List<Facilitation> before = session.getFacilitations();
        session.schedule(command.date(), facilitations(command.facilitators()), today());
        AwarenessSession stored = repository.save(session);
        for (Facilitation gone : before) {
            if (stored.getFacilitations().stream().noneMatch(gone::samePerson)) {
                ended(gone, stored);
            }
        }
        for (Facilitation facilitation : stored.getFacilitations()) {
            if (before.stream().noneMatch(facilitation::samePerson)) {
                events.publishEvent(new ResponsibilityAssigned(UUID.randomUUID(), clock.instant(),
                        facilitation.responsibilityId(), facilitation.memberId(), facilitation.personName(),
                        facilitation.personEmail(), PILLAR, stored.description(), today()));
            }
        }
    }

    @Override
    public void deliver(Deliver command) {
        AwarenessSession session = lockCurrent(command.sessionId(), command.expectedVersion());
        if (command.actualParticipants() == null) {
            throw new SessionRuleViolation("actualParticipants", "awareness.session.participants.required");
        }
        session.deliver(command.actualParticipants(), command.toolUsed(), today());
        AwarenessSession stored = repository.save(session);
        Map<MemberId, String> names = stored.getFacilitations().stream().collect(Collectors.toMap(
                Facilitation::memberId, Facilitation::memberName, (first, second) -> first));
        List<AwarenessSessionDelivered.Facilitation> credited = new ArrayList<>();
        stored.hoursPerMember().forEach((member, hours) ->
                credited.add(new AwarenessSessionDelivered.Facilitation(member, names.get(member), hours)));
        events.publishEvent(new AwarenessSessionDelivered(UUID.randomUUID(), clock.instant(), stored.getId().value(),
                stored.getTitle(), stored.getDate(), credited));
        stored.getFacilitations().forEach(facilitation -> ended(facilitation, stored));
    }

    @Override
    public void evaluate(Evaluate command) {
        AwarenessSession session = lockCurrent(command.sessionId(), command.expectedVersion());
        requireOwn(command.actingFor(), session);
        session.evaluate(command.evaluation());
        repository.save(session);
    }

    @Override
    public void cancel(Cancel command) {
        AwarenessSession session = lockCurrent(command.sessionId(), command.expectedVersion());
        session.cancel(command.reason());
        AwarenessSession stored = repository.save(session);
        stored.getFacilitations().forEach(facilitation -> ended(facilitation, stored));
    }

    @Override
    public void memberLeft(MemberId memberId) {
        for (AwarenessSession session : repository.lockScheduledFacilitatedBy(memberId)) {
            if (session.memberLeft(memberId)) {
                repository.save(session);
            }
        }
    }

    private void ended(Facilitation facilitation, AwarenessSession session) {
        events.publishEvent(new ResponsibilityEnded(UUID.randomUUID(), clock.instant(),
                facilitation.responsibilityId(), session.description()));
    }

    private List<Facilitation> facilitations(List<Facilitator> facilitators) {
        if (facilitators == null || facilitators.isEmpty()) {
            throw new SessionRuleViolation("facilitations", "awareness.session.facilitations.required");
        }
        Map<MemberId, FacilitatingMemberSummary> active = members.list(ListFacilitatingMembersQuery.activeOnly())
                .stream().filter(FacilitatingMemberSummary::active)
                .collect(Collectors.toMap(FacilitatingMemberSummary::memberId, Function.identity()));
        List<Facilitation> facilitations = new ArrayList<>();
        for (int index = 0; index < facilitators.size(); index++) {
            Facilitator facilitator = facilitators.get(index);
            FacilitatingMemberSummary member = facilitator.memberId() == null ? null : active.get(facilitator.memberId());
            if (member == null) {
                throw new SessionRuleViolation("facilitations", "awareness.session.facilitation.member.not-active");
            }
            try {
                facilitations.add(new Facilitation(UUID.randomUUID(), member.memberId(), member.name(),
                        facilitator.personName(), facilitator.personEmail(), facilitator.hours()));
            } catch (SessionRuleViolation wrong) {
                int line = index;
                // A person's name, email or hours: said next to that field of that line of the form.
                throw new SessionRuleViolation(wrong.field().map(field -> "facilitators[" + line + "]." + field)
                        .orElse("facilitations"), wrong.messageKey(), wrong.arguments());
            }
        }
        return facilitations;
    }

    private static void requireOwn(MemberId actingFor, AwarenessSession session) {
        if (actingFor != null && !session.facilitatedBy(actingFor)) {
            throw new NotYourSession(session.getId());
        }
    }

    private AwarenessSession lockCurrent(SessionId id, Long expectedVersion) {
        AwarenessSession session = repository.lock(id).orElseThrow(() -> new SessionNotFound(id));
        if (session.changedSince(expectedVersion)) {
            throw new SessionChangedMeanwhile(id);
        }
        return session;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AwarenessSession> session(SessionId id, MemberId actingFor) {
        Optional<AwarenessSession> session = repository.find(id);
        session.ifPresent(found -> requireOwn(actingFor, found));
        return session;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AwarenessSession> sessions() {
        return repository.all();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AwarenessSession> sessionsFacilitatedBy(MemberId memberId) {
        return repository.facilitatedBy(memberId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AwarenessSession> sessionsNeedingFacilitator() {
        return repository.needingFacilitator();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Requester> requesters() {
        return repository.requesters();
    }
}
