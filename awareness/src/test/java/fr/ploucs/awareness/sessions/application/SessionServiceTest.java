package fr.ploucs.awareness.sessions.application;

import fr.ploucs.awareness.facilitators.application.port.in.FacilitatingMemberSummary;
import fr.ploucs.awareness.facilitators.application.port.in.ListFacilitatingMembersQuery;
import fr.ploucs.awareness.facilitators.application.port.in.ListFacilitatingMembersUseCase;
import fr.ploucs.awareness.sessions.application.port.in.NotYourSession;
import fr.ploucs.awareness.sessions.application.port.in.SessionChangedMeanwhile;
import fr.ploucs.awareness.sessions.application.port.in.SessionsUseCase.Cancel;
import fr.ploucs.awareness.sessions.application.port.in.SessionsUseCase.Deliver;
import fr.ploucs.awareness.sessions.application.port.in.SessionsUseCase.Evaluate;
import fr.ploucs.awareness.sessions.application.port.in.SessionsUseCase.Facilitator;
import fr.ploucs.awareness.sessions.application.port.in.SessionsUseCase.Request;
import fr.ploucs.awareness.sessions.application.port.in.SessionsUseCase.Schedule;
import fr.ploucs.awareness.sessions.application.port.out.SessionRepository;
import fr.ploucs.awareness.sessions.domain.AudienceType;
import fr.ploucs.awareness.sessions.domain.AwarenessSession;
import fr.ploucs.awareness.sessions.domain.AwarenessSession.Evaluation;
import fr.ploucs.awareness.sessions.domain.Requester;
import fr.ploucs.awareness.sessions.domain.RequesterId;
import fr.ploucs.awareness.sessions.domain.RequesterKind;
import fr.ploucs.awareness.sessions.domain.SessionId;
import fr.ploucs.awareness.sessions.domain.SessionRuleViolation;
import fr.ploucs.awareness.sessions.domain.SessionStatus;
import fr.ploucs.sharedkernel.events.AwarenessSessionDelivered;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.events.ResponsibilityAssigned;
import fr.ploucs.sharedkernel.events.ResponsibilityEnded;
import fr.ploucs.sharedkernel.territory.Commune;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class SessionServiceTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private final SessionRepository repository = mock(SessionRepository.class);
    private final ListFacilitatingMembersUseCase members = mock(ListFacilitatingMembersUseCase.class);
    private final FindTerritoryQuery territory = mock(FindTerritoryQuery.class);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private final SessionService service = new SessionService(repository, members, territory, events,
            Clock.fixed(TODAY.atTime(10, 0).atZone(PARIS).toInstant(), PARIS));

    private final MemberId atelier = MemberId.newId();
    private final MemberId ressourcerie = MemberId.newId();
    private final RequesterId lycee = RequesterId.newId();

    @BeforeEach
    void stubs() {
        when(repository.save(any(AwarenessSession.class))).thenAnswer(call -> call.getArgument(0));
        when(repository.findRequester(lycee)).thenReturn(Optional.of(new Requester(lycee, "Lycée de Morcenx",
                RequesterKind.SCHOOL, null)));
        when(territory.commune("40197")).thenReturn(Optional.of(new Commune("40197", "Morcenx-la-Nouvelle",
                List.of("40110"), "40", "244000691", 5022)));
        when(members.list(ListFacilitatingMembersQuery.activeOnly())).thenReturn(List.of(
                new FacilitatingMemberSummary(atelier, "L’Atelier", "Morcenx", true, TODAY.minusYears(1), null, null),
                new FacilitatingMemberSummary(ressourcerie, "La Ressourcerie", "Dax", true, TODAY, null, null)));
    }

    @Test
    void a_commune_not_in_the_reference_is_refused_next_to_its_field() {
        assertThatThrownBy(() -> service.request(new Request(lycee, "ESS", TODAY, "99999",
                Set.of(AudienceType.YOUTH), 30)))
                .isInstanceOfSatisfying(SessionRuleViolation.class, violation -> {
                    assertThat(violation.field()).contains("communeCode");
                    assertThat(violation.messageKey()).isEqualTo("awareness.session.commune.unknown");
                });
        verify(repository, never()).save(any(AwarenessSession.class));
    }

    @Test
    void scheduling_publishes_a_responsibility_per_person_and_refuses_an_inactive_member() {
        AwarenessSession session = requested();

        assertThatThrownBy(() -> service.schedule(new Schedule(session.getId(), null, TODAY.plusDays(3),
                List.of(new Facilitator(MemberId.newId(), "X", "x@exemple.fr", BigDecimal.ONE)))))
                .isInstanceOfSatisfying(SessionRuleViolation.class, violation -> assertThat(violation.messageKey())
                        .isEqualTo("awareness.session.facilitation.member.not-active"));

        service.schedule(new Schedule(session.getId(), null, TODAY.plusDays(3), List.of(
                new Facilitator(atelier, "Camille", "camille@atelier.fr", new BigDecimal("2")),
                new Facilitator(ressourcerie, "Lou", "lou@ressourcerie.fr", new BigDecimal("3")))));

        ArgumentCaptor<Object> published = ArgumentCaptor.forClass(Object.class);
        verify(events, atLeastOnce()).publishEvent(published.capture());
        List<ResponsibilityAssigned> assigned = published.getAllValues().stream()
                .filter(ResponsibilityAssigned.class::isInstance).map(ResponsibilityAssigned.class::cast).toList();
        assertThat(assigned).extracting(ResponsibilityAssigned::personEmail)
                .containsExactly("camille@atelier.fr", "lou@ressourcerie.fr");
        assertThat(assigned).extracting(ResponsibilityAssigned::pillar).containsOnly("awareness");
        assertThat(session.getStatus()).isEqualTo(SessionStatus.SCHEDULED);
    }

    @Test
    void a_facilitators_missing_email_is_refused_on_its_line() {
        AwarenessSession session = requested();

        assertThatThrownBy(() -> service.schedule(new Schedule(session.getId(), null, TODAY.plusDays(3), List.of(
                new Facilitator(atelier, "Camille", "camille@atelier.fr", new BigDecimal("2")),
                new Facilitator(ressourcerie, "Lou", " ", new BigDecimal("3"))))))
                .isInstanceOfSatisfying(SessionRuleViolation.class, violation -> {
                    assertThat(violation.field()).contains("facilitators[1].personEmail");
                    assertThat(violation.messageKey()).isEqualTo("awareness.session.facilitation.personEmail.required");
                });
    }

    @Test
    void delivery_credits_each_member_its_hours_and_ends_the_responsibilities() {
        AwarenessSession session = requested();
        session.schedule(TODAY, List.of(
                facilitation(atelier, "Camille", "2"), facilitation(atelier, "Sacha", "1.5"),
                facilitation(ressourcerie, "Lou", "3")), TODAY);

        service.deliver(new Deliver(session.getId(), null, 27, "Jeu de rôle de l’ESS"));

        ArgumentCaptor<Object> published = ArgumentCaptor.forClass(Object.class);
        verify(events, atLeastOnce()).publishEvent(published.capture());
        AwarenessSessionDelivered delivered = published.getAllValues().stream()
                .filter(AwarenessSessionDelivered.class::isInstance).map(AwarenessSessionDelivered.class::cast)
                .findFirst().orElseThrow();
        assertThat(delivered.sessionId()).isEqualTo(session.getId().value());
        assertThat(delivered.deliveredOn()).isEqualTo(TODAY);
        assertThat(delivered.facilitations()).extracting(AwarenessSessionDelivered.Facilitation::memberId,
                        AwarenessSessionDelivered.Facilitation::hours)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(atelier, new BigDecimal("3.50")),
                        org.assertj.core.groups.Tuple.tuple(ressourcerie, new BigDecimal("3.00")));
        assertThat(published.getAllValues().stream().filter(ResponsibilityEnded.class::isInstance)).hasSize(3);
    }

    @Test
    void a_representative_evaluates_only_the_sessions_their_structure_facilitates() {
        AwarenessSession session = requested();
        session.schedule(TODAY, List.of(facilitation(atelier, "Camille", "2")), TODAY);
        session.deliver(20, null, TODAY);

        assertThatThrownBy(() -> service.evaluate(new Evaluate(session.getId(), null,
                new Evaluation("Bien", null), ressourcerie))).isInstanceOf(NotYourSession.class);
        assertThatThrownBy(() -> service.session(session.getId(), ressourcerie)).isInstanceOf(NotYourSession.class);

        service.evaluate(new Evaluate(session.getId(), null, new Evaluation("Bien", null), atelier));
        assertThat(session.getStatus()).isEqualTo(SessionStatus.EVALUATED);
    }

    @Test
    void a_change_based_on_an_old_version_is_refused() {
        AwarenessSession stored = new AwarenessSession(SessionId.newId(), lycee, "ESS", TODAY, "40197",
                Set.of(AudienceType.YOUTH), 10, null, List.of(), null, SessionStatus.REQUESTED, null, null, false, 3L);
        when(repository.lock(stored.getId())).thenReturn(Optional.of(stored));

        assertThatThrownBy(() -> service.cancel(new Cancel(stored.getId(), 2L, "Annulée")))
                .isInstanceOf(SessionChangedMeanwhile.class);
    }

    @Test
    void cancelling_a_scheduled_session_ends_its_responsibilities() {
        AwarenessSession session = requested();
        session.schedule(TODAY.plusDays(2), List.of(facilitation(atelier, "Camille", "2")), TODAY);

        service.cancel(new Cancel(session.getId(), null, "Grève"));

        verify(events).publishEvent(any(ResponsibilityEnded.class));
        assertThat(session.getStatus()).isEqualTo(SessionStatus.CANCELLED);
    }

    private AwarenessSession requested() {
        AwarenessSession session = AwarenessSession.request(SessionId.newId(), lycee, "L’ESS au lycée", TODAY,
                "40197", Set.of(AudienceType.YOUTH), 30, TODAY);
        when(repository.lock(session.getId())).thenReturn(Optional.of(session));
        when(repository.find(session.getId())).thenReturn(Optional.of(session));
        return session;
    }

    private static fr.ploucs.awareness.sessions.domain.Facilitation facilitation(MemberId member, String person,
                                                                                String hours) {
        return new fr.ploucs.awareness.sessions.domain.Facilitation(java.util.UUID.randomUUID(), member, "S",
                person, person.toLowerCase() + "@exemple.fr", new BigDecimal(hours));
    }
}
