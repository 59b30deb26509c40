package fr.ploucs.awareness;

import fr.ploucs.awareness.facilitators.application.port.in.FacilitatingMemberSummary;
import fr.ploucs.awareness.facilitators.application.port.in.ListFacilitatingMembersQuery;
import fr.ploucs.awareness.facilitators.application.port.in.ListFacilitatingMembersUseCase;
import fr.ploucs.awareness.sessions.application.port.in.FindSessionsQuery;
import fr.ploucs.awareness.sessions.application.port.in.SessionsUseCase;
import fr.ploucs.awareness.sessions.application.port.in.SessionsUseCase.CreateRequester;
import fr.ploucs.awareness.sessions.application.port.in.SessionsUseCase.Deliver;
import fr.ploucs.awareness.sessions.application.port.in.SessionsUseCase.Facilitator;
import fr.ploucs.awareness.sessions.application.port.in.SessionsUseCase.Request;
import fr.ploucs.awareness.sessions.application.port.in.SessionsUseCase.Schedule;
import fr.ploucs.awareness.sessions.domain.AudienceType;
import fr.ploucs.awareness.sessions.domain.AwarenessSession;
import fr.ploucs.awareness.sessions.domain.RequesterId;
import fr.ploucs.awareness.sessions.domain.RequesterKind;
import fr.ploucs.awareness.sessions.domain.SessionId;
import fr.ploucs.sharedkernel.events.AwarenessSessionDelivered;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.events.MemberJoined;
import fr.ploucs.sharedkernel.events.MemberLeft;
import fr.ploucs.sharedkernel.events.ResponsibilityAssigned;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions with the module running: the events they publish and the membership facts they react to. */
@ApplicationModuleTest
class SessionsModuleTest {

    @Autowired
    private SessionsUseCase sessions;

    @Autowired
    private FindSessionsQuery findSessions;

    @Autowired
    private ListFacilitatingMembersUseCase members;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private Clock clock;

    private MemberId atelier;

    @BeforeEach
    void aFacilitatingMember(Scenario scenario) {
        atelier = MemberId.newId();
        scenario.publish(new MemberJoined(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MICROS)
                        .minus(1, ChronoUnit.HOURS), atelier, "L’Atelier", "Morcenx-la-Nouvelle",
                        LocalDate.of(2024, 3, 12)))
                .andWaitForStateChange(() -> members.list(ListFacilitatingMembersQuery.activeOnly()).stream()
                        .map(FacilitatingMemberSummary::memberId).filter(atelier::equals).findFirst());
    }

    @Test
    void scheduling_assigns_the_facilitating_person_a_responsibility(Scenario scenario) {
        SessionId session = requested();
        scenario.stimulate(() -> sessions.schedule(new Schedule(session, 0L, today(), List.of(
                        new Facilitator(atelier, "Camille Dupin", "camille@atelier.fr", new BigDecimal("2.5"))))))
                .andWaitForEventOfType(ResponsibilityAssigned.class)
                .matching(event -> event.memberId().equals(atelier))
                .toArriveAndVerify(event -> {
                    assertThat(event.personEmail()).isEqualTo("camille@atelier.fr");
                    assertThat(event.pillar()).isEqualTo("awareness");
                    assertThat(event.description()).contains("L’ESS au lycée");
                });
    }

    @Test
    void delivery_publishes_the_facilitating_members_hours(Scenario scenario) {
        SessionId session = scheduled();
        scenario.stimulate(() -> sessions.deliver(new Deliver(session, 1L, 28, "Jeu de rôle de l’ESS")))
                .andWaitForEventOfType(AwarenessSessionDelivered.class)
                .matching(event -> event.sessionId().equals(session.value()))
                .toArriveAndVerify(event -> {
                    assertThat(event.title()).isEqualTo("L’ESS au lycée");
                    assertThat(event.facilitations()).containsExactly(new AwarenessSessionDelivered.Facilitation(
                            atelier, "L’Atelier", new BigDecimal("2.50")));
                });
        assertThat(findSessions.sessionsFacilitatedBy(atelier)).extracting(AwarenessSession::getId).contains(session);
    }

    @Test
    void a_member_leaving_flags_its_scheduled_sessions_once_whatever_the_redeliveries(Scenario scenario) {
        SessionId session = scheduled();
        MemberLeft left = new MemberLeft(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MICROS), atelier,
                "L’Atelier", today(), "fin d’activité");

        scenario.publish(left)
                .andWaitForStateChange(() -> findSessions.sessionsNeedingFacilitator().stream()
                        .anyMatch(flagged -> flagged.getId().equals(session)), Boolean::booleanValue);
        Map<String, Object> flagged = row(session);

        scenario.publish(left)
                .andWaitForStateChange(this::noPublicationPending, Boolean::booleanValue)
                .andVerify(done -> assertThat(row(session)).isEqualTo(flagged).containsEntry("version", 2L));
    }

    private SessionId requested() {
        RequesterId lycee = sessions.createRequester(new CreateRequester("Lycée de Morcenx", RequesterKind.SCHOOL,
                null));
        return sessions.request(new Request(lycee, "L’ESS au lycée", today(), "40197", Set.of(AudienceType.YOUTH),
                30));
    }

    private SessionId scheduled() {
        SessionId session = requested();
        sessions.schedule(new Schedule(session, 0L, today(), List.of(
                new Facilitator(atelier, "Camille Dupin", "camille@atelier.fr", new BigDecimal("2.5")))));
        return session;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Map<String, Object> row(SessionId id) {
        return jdbc.sql("select id, status, date, needs_facilitator, version from awareness.session where id = ?").param(id.value()).query().singleRow();
    }

    private boolean noPublicationPending() {
        return jdbc.sql("select count(*) from event_publication").query(Long.class).single() == 0;
    }
}
