package fr.ploucs.accompaniment;

import fr.ploucs.accompaniment.applications.application.port.in.SelectionUseCase;
import fr.ploucs.accompaniment.applications.application.port.in.SelectionUseCase.Apply;
import fr.ploucs.accompaniment.applications.application.port.in.SelectionUseCase.Decide;
import fr.ploucs.accompaniment.applications.application.port.in.SelectionUseCase.Score;
import fr.ploucs.accompaniment.applications.domain.ApplicationId;
import fr.ploucs.accompaniment.coaching.application.port.in.CoachingUseCase;
import fr.ploucs.accompaniment.coaching.application.port.in.CoachingUseCase.Assign;
import fr.ploucs.accompaniment.coaching.application.port.in.CoachingUseCase.Correct;
import fr.ploucs.accompaniment.coaching.application.port.in.CoachingUseCase.Hold;
import fr.ploucs.accompaniment.coaching.application.port.in.FindCoachingQuery;
import fr.ploucs.accompaniment.coaching.application.port.in.NotYourProject;
import fr.ploucs.accompaniment.coaching.application.port.in.CoachingNotFound;
import fr.ploucs.accompaniment.coaching.domain.CoachingRuleViolation;
import fr.ploucs.accompaniment.coaching.domain.Assignment;
import fr.ploucs.accompaniment.coaching.domain.CoachingSession.SessionDetails;
import fr.ploucs.accompaniment.coaching.domain.CoachingSessionId;
import fr.ploucs.accompaniment.programmes.application.port.in.FindProgrammesQuery;
import fr.ploucs.accompaniment.programmes.application.port.in.ManageProgrammesUseCase;
import fr.ploucs.accompaniment.programmes.application.port.in.ManageProgrammesUseCase.DefineCall;
import fr.ploucs.accompaniment.programmes.application.port.in.ManageProgrammesUseCase.PlanCohort;
import fr.ploucs.accompaniment.programmes.domain.CallForApplications;
import fr.ploucs.accompaniment.programmes.domain.CohortId;
import fr.ploucs.sharedkernel.events.CoachingSessionCorrected;
import fr.ploucs.sharedkernel.events.CoachingSessionHeld;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.events.MemberJoined;
import fr.ploucs.sharedkernel.events.MemberLeft;
import fr.ploucs.sharedkernel.events.ResponsibilityAssigned;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Coaching in the running module: the events cooperation counts hours from, and who may log what. */
@ApplicationModuleTest
class CoachingModuleTest {

    @Autowired
    private ManageProgrammesUseCase manage;
    @Autowired
    private FindProgrammesQuery programmes;
    @Autowired
    private SelectionUseCase selection;
    @Autowired
    private CoachingUseCase coaching;
    @Autowired
    private FindCoachingQuery findCoaching;
    @Autowired
    private JdbcClient jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));

    private MemberId joinedMember(Scenario scenario, String name) {
        MemberId member = MemberId.newId();
        scenario.publish(new MemberJoined(UUID.randomUUID(), Instant.now().minusSeconds(3600), member, name,
                        "Morcenx-la-Nouvelle", LocalDate.of(2024, 3, 12)))
                .andWaitForStateChange(() -> jdbc.sql("select count(*) from accompaniment.coaching_member where member_id = ?")
                        .param(member.value()).query(Long.class).single() == 1, Boolean::booleanValue);
        return member;
    }

    private UUID admittedProject() {
        var incubator = programmes.programmes().stream().filter(p -> p.getName().equals("Incubateur"))
                .findFirst().orElseThrow();
        CohortId cohort = manage.plan(new PlanCohort(incubator.getId(), "Promotion " + UUID.randomUUID(),
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30), 10));
        manage.defineCall(new DefineCall(cohort, 0L, new CallForApplications(LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 6, 30), null, List.of("Utilité sociale"))));
        manage.openCall(cohort, 1L);
        ApplicationId application = selection.apply(new Apply(cohort.value(), null, "La Recyclerie", null,
                "Léa Martin", null));
        selection.score(new Score(application, 0L, Map.of("Utilité sociale", 5)));
        return selection.admit(new Decide(application, 1L, "Retenu"));
    }

    private SessionDetails details(String hours) {
        return new SessionDetails(today, new BigDecimal(hours), "Léa Martin", "Modèle économique", null, null);
    }

    @Test
    void a_session_publishes_its_hours_and_a_correction_publishes_the_new_state_once(Scenario scenario) {
        MemberId atelier = joinedMember(scenario, "L'Atelier");
        UUID project = admittedProject();

        scenario.stimulate(() -> coaching.assign(new Assign(project, atelier, "Léa Martin", "lea@atelier.example",
                        today.minusDays(10))))
                .andWaitForEventOfType(ResponsibilityAssigned.class)
                .matching(event -> event.memberId().equals(atelier))
                .toArriveAndVerify(event -> {
                    assertThat(event.personEmail()).isEqualTo("lea@atelier.example");
                    assertThat(event.pillar()).isEqualTo("accompaniment");
                    assertThat(event.description()).contains("La Recyclerie");
                });

        CoachingSessionId[] session = new CoachingSessionId[1];
        scenario.stimulate(() -> session[0] = coaching.hold(new Hold(project, atelier, details("2.5"))))
                .andWaitForEventOfType(CoachingSessionHeld.class)
                .matching(event -> event.memberId().equals(atelier))
                .toArriveAndVerify(event -> {
                    assertThat(event.hours()).isEqualByComparingTo("2.5");
                    assertThat(event.projectName()).isEqualTo("La Recyclerie");
                    assertThat(event.sessionId()).isEqualTo(session[0].value());
                });

        scenario.stimulate(() -> coaching.correct(new Correct(session[0], 0L, atelier, details("3"))))
                .andWaitForEventOfType(CoachingSessionCorrected.class)
                .matching(event -> event.sessionId().equals(session[0].value()))
                .toArriveAndVerify(event -> {
                    assertThat(event.revision()).isEqualTo(1);
                    assertThat(event.hours()).isEqualByComparingTo("3");
                    assertThat(event.deleted()).isFalse();
                });
    }

    @Test
    void a_representative_logs_sessions_only_for_the_projects_their_structure_coaches(Scenario scenario) {
        MemberId atelier = joinedMember(scenario, "L'Atelier");
        MemberId other = joinedMember(scenario, "La Ruche");
        UUID project = admittedProject();
        coaching.assign(new Assign(project, atelier, "Léa Martin", "lea@atelier.example", today.minusDays(10)));

        assertThatThrownBy(() -> coaching.hold(new Hold(project, other, details("1"))))
                .isInstanceOf(NotYourProject.class);
        assertThat(findCoaching.projectsCoachedBy(other)).doesNotContain(project);
        assertThat(findCoaching.projectsCoachedBy(atelier)).contains(project);
        assertThat(findCoaching.sessionsOf(project)).isEmpty();
    }

    @Test
    void when_the_coaching_member_leaves_its_projects_are_flagged_and_a_new_assignment_keeps_the_history(
            Scenario scenario) {
        MemberId atelier = joinedMember(scenario, "L'Atelier");
        MemberId ruche = joinedMember(scenario, "La Ruche");
        UUID project = admittedProject();
        coaching.assign(new Assign(project, atelier, "Léa Martin", "lea@atelier.example", today.minusDays(10)));

        scenario.publish(new MemberLeft(UUID.randomUUID(), Instant.now(), atelier, "L'Atelier", today, null))
                .andWaitForStateChange(() -> findCoaching.toReassign().stream()
                        .anyMatch(assignment -> assignment.getProjectId().equals(project)), Boolean::booleanValue);

        coaching.assign(new Assign(project, ruche, "Paul Dubois", "paul@ruche.example", today));
        assertThat(findCoaching.toReassign()).noneMatch(assignment -> assignment.getProjectId().equals(project));
        assertThat(findCoaching.assignmentsOf(project)).extracting(Assignment::getMemberName)
                .containsExactly("La Ruche", "L'Atelier");
        assertThat(findCoaching.currentAssignment(project)).map(Assignment::getCoachName).contains("Paul Dubois");
    }

    @Test
    void only_an_active_member_can_be_assigned(Scenario scenario) {
        MemberId gone = joinedMember(scenario, "Les Partis");
        scenario.publish(new MemberLeft(UUID.randomUUID(), Instant.now(), gone, "Les Partis", today, null))
                .andWaitForStateChange(() -> jdbc.sql("select active from accompaniment.coaching_member where member_id = ?")
                        .param(gone.value()).query(Boolean.class).single(), active -> !active);
        UUID project = admittedProject();

        assertThatThrownBy(() -> coaching.assign(new Assign(project, gone, "Léa", "lea@partis.example", today)))
                .isInstanceOf(CoachingRuleViolation.class)
                .hasMessage("coaching.assignment.member.not-active");
        assertThatThrownBy(() -> coaching.assign(new Assign(project, MemberId.newId(), "Léa", "lea@x.example",
                today))).isInstanceOf(CoachingRuleViolation.class);
        assertThat(findCoaching.assignmentsOf(project)).isEmpty();
    }

    @Test
    void a_representative_reads_the_coaching_of_their_projects_only_and_lists_them(Scenario scenario) {
        MemberId atelier = joinedMember(scenario, "L'Atelier");
        MemberId ruche = joinedMember(scenario, "La Ruche");
        UUID project = admittedProject();
        coaching.assign(new Assign(project, atelier, "Léa Martin", "lea@atelier.example", today.minusDays(10)));
        coaching.hold(new Hold(project, atelier, details("2.5")));
        CoachingSessionId deleted = coaching.hold(new Hold(project, null, details("1")));
        coaching.delete(deleted, 0L, null);

        FindCoachingQuery.ProjectCoaching seen = findCoaching.coachingOf(project, atelier);
        assertThat(seen.title()).isEqualTo("La Recyclerie");
        assertThat(seen.current()).map(Assignment::getMemberName).contains("L'Atelier");
        assertThat(seen.sessions()).hasSize(1);
        assertThat(seen.totalHours()).isEqualByComparingTo("2.5");
        assertThat(findCoaching.coachingOf(project, null).sessions()).hasSize(1);
        assertThatThrownBy(() -> findCoaching.coachingOf(project, ruche)).isInstanceOf(NotYourProject.class);
        assertThatThrownBy(() -> findCoaching.coachingOf(UUID.randomUUID(), atelier))
                .isInstanceOf(CoachingNotFound.class);

        assertThat(findCoaching.coachedProjects(atelier)).singleElement().satisfies(coached -> {
            assertThat(coached.projectId()).isEqualTo(project);
            assertThat(coached.coachName()).isEqualTo("Léa Martin");
            assertThat(coached.hoursHeld()).isEqualByComparingTo("2.5");
        });
        assertThat(findCoaching.coachedProjects(ruche)).isEmpty();
        assertThat(findCoaching.coachedProjects(null)).anyMatch(coached -> coached.projectId().equals(project));
    }

    @Test
    void a_structure_that_coached_before_may_no_longer_log_correct_or_delete(Scenario scenario) {
        MemberId atelier = joinedMember(scenario, "L'Atelier");
        MemberId ruche = joinedMember(scenario, "La Ruche");
        UUID project = admittedProject();
        coaching.assign(new Assign(project, atelier, "Léa Martin", "lea@atelier.example", today.minusDays(10)));
        CoachingSessionId session = coaching.hold(new Hold(project, atelier, new SessionDetails(today.minusDays(5),
                new BigDecimal("1"), "Léa Martin", "Besoins", null, null)));
        coaching.assign(new Assign(project, ruche, "Paul Dubois", "paul@ruche.example", today.minusDays(2)));

        // Even on a day it coached the project, the former structure is told the project is not its own any more.
        assertThatThrownBy(() -> coaching.hold(new Hold(project, atelier, new SessionDetails(today.minusDays(6),
                new BigDecimal("1"), "Léa Martin", "Suite", null, null)))).isInstanceOf(NotYourProject.class);
        assertThatThrownBy(() -> coaching.correct(new Correct(session, 0L, atelier, details("2"))))
                .isInstanceOf(NotYourProject.class);
        assertThatThrownBy(() -> coaching.delete(session, 0L, atelier)).isInstanceOf(NotYourProject.class);
        // Nor may the new structure touch a session the former one held.
        assertThatThrownBy(() -> coaching.delete(session, 0L, ruche)).isInstanceOf(NotYourProject.class);
        assertThat(findCoaching.sessionsOf(project)).hasSize(1);
    }
}
