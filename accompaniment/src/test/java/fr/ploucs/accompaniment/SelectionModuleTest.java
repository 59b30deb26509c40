package fr.ploucs.accompaniment;

import fr.ploucs.accompaniment.applications.application.port.in.FindApplicationsQuery;
import fr.ploucs.accompaniment.applications.application.port.in.SelectionUseCase;
import fr.ploucs.accompaniment.applications.application.port.in.SelectionUseCase.Apply;
import fr.ploucs.accompaniment.applications.application.port.in.SelectionUseCase.Decide;
import fr.ploucs.accompaniment.applications.application.port.in.SelectionUseCase.Score;
import fr.ploucs.accompaniment.applications.domain.Application;
import fr.ploucs.accompaniment.applications.domain.ApplicationId;
import fr.ploucs.accompaniment.applications.domain.Decision;
import fr.ploucs.accompaniment.applications.domain.Lead;
import fr.ploucs.accompaniment.applications.domain.SelectionRuleViolation;
import fr.ploucs.accompaniment.programmes.application.port.in.FindProgrammesQuery;
import fr.ploucs.accompaniment.programmes.application.port.in.ManageProgrammesUseCase;
import fr.ploucs.accompaniment.programmes.application.port.in.ManageProgrammesUseCase.DefineCall;
import fr.ploucs.accompaniment.programmes.application.port.in.ManageProgrammesUseCase.PlanCohort;
import fr.ploucs.accompaniment.programmes.domain.CallForApplications;
import fr.ploucs.accompaniment.programmes.domain.Cohort;
import fr.ploucs.accompaniment.programmes.domain.CohortId;
import fr.ploucs.accompaniment.programmes.domain.Programme;
import fr.ploucs.sharedkernel.events.CohortOpened;
import fr.ploucs.sharedkernel.events.ProjectAdmitted;
import fr.ploucs.sharedkernel.events.ProjectIdeaSurfaced;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Programmes, leads and the jury in the running module: events, and admissions racing for the last seats. */
@ApplicationModuleTest
class SelectionModuleTest {

    private static final List<String> CRITERIA = List.of("Utilité sociale", "Dimension collective");

    @Autowired
    private ManageProgrammesUseCase manage;
    @Autowired
    private FindProgrammesQuery programmes;
    @Autowired
    private SelectionUseCase selection;
    @Autowired
    private FindApplicationsQuery applications;
    @Autowired
    private JdbcClient jdbc;

    private Cohort cohortWithOpenCall(Scenario scenario, int capacity) {
        Programme incubator = programmes.programmes().stream()
                .filter(programme -> programme.getName().equals("Incubateur")).findFirst().orElseThrow();
        CohortId cohortId = manage.plan(new PlanCohort(incubator.getId(), "Promotion " + UUID.randomUUID(),
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30), capacity));
        manage.defineCall(new DefineCall(cohortId, 0L, new CallForApplications(LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 7), CRITERIA)));
        scenario.stimulate(() -> manage.openCall(cohortId, 1L))
                .andWaitForEventOfType(CohortOpened.class)
                .matching(event -> event.cohortId().equals(cohortId.value()))
                .toArriveAndVerify(event -> {
                    assertThat(event.programmeName()).isEqualTo("Incubateur");
                    assertThat(event.callClosesOn()).isEqualTo(LocalDate.of(2026, 6, 30));
                    assertThat(event.capacity()).isEqualTo(capacity);
                });
        return programmes.cohort(cohortId).orElseThrow();
    }

    private ApplicationId scoredApplication(Cohort cohort, String title) {
        ApplicationId id = selection.apply(new Apply(cohort.getId().value(), null, title, null,
                "Léa Martin\nPaul Dubois", "40192"));
        selection.score(new Score(id, 0L, Map.of("Utilité sociale", 4, "Dimension collective", 3)));
        return id;
    }

    @Test
    void an_idea_surfaced_in_awareness_becomes_one_lead_whatever_the_redeliveries(Scenario scenario) {
        UUID ideaId = UUID.randomUUID();
        ProjectIdeaSurfaced idea = new ProjectIdeaSurfaced(UUID.randomUUID(), Instant.parse("2026-06-12T14:00:00Z"),
                ideaId, "Navette solidaire", "Des trajets partagés vers le lycée", "Atelier mobilité, lycée de Morcenx",
                "Inès", "ines@example.org", LocalDate.of(2026, 6, 12), "40192");

        scenario.publish(idea).andWaitForStateChange(() -> lead(ideaId))
                .andVerify(lead -> {
                    assertThat(lead).map(Lead::getTitle).contains("Navette solidaire");
                    assertThat(lead).map(Lead::getContact).contains("ines@example.org");
                    assertThat(lead).map(Lead::getReceivedOn).contains(LocalDate.of(2026, 6, 12));
                });
        scenario.publish(idea).andWaitForStateChange(() -> leadsFor(ideaId) == 1 && noPublicationPending(),
                Boolean::booleanValue);
        assertThat(leadsFor(ideaId)).isEqualTo(1);
    }

    @Test
    void admission_publishes_project_admitted_and_starts_the_project_with_the_programme_s_milestones(Scenario scenario) {
        Cohort cohort = cohortWithOpenCall(scenario, 10);
        ApplicationId id = scoredApplication(cohort, "La Recyclerie");

        scenario.stimulate(() -> selection.admit(new Decide(id, 1L, "Projet collectif, ancré à Morcenx")))
                .andWaitForEventOfType(ProjectAdmitted.class)
                .matching(event -> event.cohortId().equals(cohort.getId().value()))
                .toArriveAndVerify(event -> {
                    assertThat(event.projectTitle()).isEqualTo("La Recyclerie");
                    assertThat(event.programmeName()).isEqualTo("Incubateur");
                    assertThat(jdbc.sql("select count(*) from accompaniment.project_milestone where project_id = ?")
                            .param(event.projectId()).query(Long.class).single()).isEqualTo(5L);
                    assertThat(jdbc.sql("select name from accompaniment.project_holder where project_id = ? order by position")
                            .param(event.projectId()).query(String.class).list()).containsExactly("Léa Martin", "Paul Dubois");
                });
        assertThat(applications.application(id)).map(Application::getDecision).contains(Decision.ADMITTED);
    }

    @Test
    void of_twelve_admissions_sent_at_the_same_moment_to_a_cohort_of_ten_exactly_ten_pass(Scenario scenario)
            throws Exception {
        Cohort cohort = cohortWithOpenCall(scenario, 10);
        List<ApplicationId> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(scoredApplication(cohort, "Projet " + i));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (ApplicationId id : ids) {
                Callable<String> admit = () -> {
                    start.await();
                    try {
                        selection.admit(new Decide(id, 1L, "Retenu par le comité"));
                        return "admitted";
                    } catch (SelectionRuleViolation refused) {
                        return refused.reason();
                    }
                };
                outcomes.add(pool.submit(admit));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).filteredOn("admitted"::equals).hasSize(10);
            assertThat(results).filteredOn("application.cohort.full"::equals).hasSize(2);
        } finally {
            pool.shutdownNow();
        }
        assertThat(programmes.cohort(cohort.getId()).orElseThrow().getAdmitted()).isEqualTo(10);
        assertThat(jdbc.sql("select count(*) from accompaniment.project where cohort_id = ?")
                .param(cohort.getId().value()).query(Long.class).single()).isEqualTo(10L);
        assertThat(applications.applicationsOf(cohort.getId().value()))
                .filteredOn(line -> line.decision() == Decision.PENDING).hasSize(2);
    }

    private Optional<Lead> lead(UUID ideaId) {
        return applications.openLeads().stream().filter(lead -> ideaId.equals(lead.getIdeaId())).findFirst();
    }

    private long leadsFor(UUID ideaId) {
        return jdbc.sql("select count(*) from accompaniment.lead where idea_id = ?").param(ideaId)
                .query(Long.class).single();
    }

    private boolean noPublicationPending() {
        return jdbc.sql("select count(*) from event_publication").query(Long.class).single() == 0;
    }
}
