package fr.ploucs.accompaniment;

import fr.ploucs.accompaniment.applications.application.port.in.SelectionUseCase;
import fr.ploucs.accompaniment.applications.application.port.in.SelectionUseCase.Apply;
import fr.ploucs.accompaniment.applications.application.port.in.SelectionUseCase.Decide;
import fr.ploucs.accompaniment.applications.application.port.in.SelectionUseCase.Score;
import fr.ploucs.accompaniment.applications.domain.ApplicationId;
import fr.ploucs.accompaniment.followup.application.port.in.FollowUpUseCase;
import fr.ploucs.accompaniment.followup.domain.ActivityStatus;
import fr.ploucs.accompaniment.followup.domain.CheckIn;
import fr.ploucs.accompaniment.followup.domain.RevenueBand;
import fr.ploucs.accompaniment.programmes.application.port.in.FindProgrammesQuery;
import fr.ploucs.accompaniment.programmes.application.port.in.ManageProgrammesUseCase;
import fr.ploucs.accompaniment.programmes.application.port.in.ManageProgrammesUseCase.DefineCall;
import fr.ploucs.accompaniment.programmes.application.port.in.ManageProgrammesUseCase.PlanCohort;
import fr.ploucs.accompaniment.programmes.domain.CallForApplications;
import fr.ploucs.accompaniment.programmes.domain.CohortId;
import fr.ploucs.accompaniment.projects.application.port.in.FindProjectsQuery;
import fr.ploucs.accompaniment.projects.application.port.in.ManageProjectsUseCase;
import fr.ploucs.accompaniment.projects.domain.Outcome;
import fr.ploucs.accompaniment.projects.domain.Project;
import fr.ploucs.accompaniment.projects.domain.ProjectId;
import fr.ploucs.accompaniment.projects.domain.Stage;
import fr.ploucs.sharedkernel.events.FollowUpDue;
import fr.ploucs.sharedkernel.events.ProjectGraduated;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A project leaving the incubator, its check-ins scheduled once, and announced once when due. */
@ApplicationModuleTest
class FollowUpModuleTest {

    @Autowired
    private ManageProgrammesUseCase manage;
    @Autowired
    private FindProgrammesQuery programmes;
    @Autowired
    private SelectionUseCase selection;
    @Autowired
    private ManageProjectsUseCase projects;
    @Autowired
    private FindProjectsQuery findProjects;
    @Autowired
    private FollowUpUseCase followUp;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));

    private UUID admittedProject() {
        var incubator = programmes.programmes().stream().filter(p -> p.getName().equals("Incubateur"))
                .findFirst().orElseThrow();
        CohortId cohort = manage.plan(new PlanCohort(incubator.getId(), "Promotion " + UUID.randomUUID(),
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30), 10));
        manage.defineCall(new DefineCall(cohort, 0L, new CallForApplications(LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 6, 30), null, List.of("Utilité sociale"))));
        manage.openCall(cohort, 1L);
        ApplicationId application = selection.apply(new Apply(cohort.value(), null, "La Recyclerie", null,
                "Léa Martin", "40192"));
        selection.score(new Score(application, 0L, Map.of("Utilité sociale", 5)));
        return selection.admit(new Decide(application, 1L, "Retenu"));
    }

    @Test
    void a_graduated_project_is_launched_and_gets_its_three_check_ins_once(Scenario scenario) {
        UUID project = admittedProject();

        scenario.stimulate(() -> projects.leave(new ProjectId(project), 0L,
                        new Outcome(true, "SCIC La Recyclerie", "SCIC", 3, null, today)))
                .andWaitForStateChange(() -> followUp.of(project), checkIns -> checkIns.size() == 3)
                .andVerify(checkIns -> assertThat(checkIns).extracting(CheckIn::getDueOn)
                        .containsExactly(today.plusMonths(6), today.plusMonths(12), today.plusMonths(24)));
        Project left = findProjects.project(new ProjectId(project)).orElseThrow();
        assertThat(left.stage()).isEqualTo(Stage.LAUNCHED);
        assertThat(left.getOutcome().structureName()).isEqualTo("SCIC La Recyclerie");

        scenario.publish(new ProjectGraduated(UUID.randomUUID(), java.time.Instant.now(), project, "La Recyclerie",
                        true, "SCIC La Recyclerie", "SCIC", 3, "40192", today))
                .andWaitForStateChange(() -> followUp.of(project).size(), size -> size == 3);
        assertThat(followUp.of(project)).hasSize(3);
    }

    @Test
    void a_check_in_that_fell_due_is_announced_once_and_leaves_the_due_list_when_recorded(Scenario scenario) {
        UUID project = admittedProject();
        followUp.projectLeft(project, "La Recyclerie", today.minusMonths(7));

        scenario.stimulate(() -> followUp.announceDue())
                .andWaitForEventOfType(FollowUpDue.class)
                .matching(event -> event.projectId().equals(project))
                .toArriveAndVerify(event -> assertThat(event.monthsAfter()).isEqualTo(6));
        assertThat(followUp.announceDue()).isZero();

        CheckIn due = followUp.due().stream().filter(checkIn -> checkIn.getProjectId().equals(project))
                .findFirst().orElseThrow();
        followUp.record(due.getId(), due.getVersion(),
                new CheckIn.Report(ActivityStatus.ACTIVE, 2, RevenueBand.UNDER_10K, "Un local", today));
        assertThat(followUp.due()).noneMatch(checkIn -> checkIn.getProjectId().equals(project));
    }
}
