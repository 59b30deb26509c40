package fr.ploucs.accompaniment;

import fr.ploucs.accompaniment.applications.application.port.in.SelectionUseCase;
import fr.ploucs.accompaniment.applications.application.port.in.SelectionUseCase.Apply;
import fr.ploucs.accompaniment.applications.application.port.in.SelectionUseCase.Decide;
import fr.ploucs.accompaniment.applications.application.port.in.SelectionUseCase.Score;
import fr.ploucs.accompaniment.applications.domain.ApplicationId;
import fr.ploucs.accompaniment.programmes.application.port.in.FindProgrammesQuery;
import fr.ploucs.accompaniment.programmes.application.port.in.ManageProgrammesUseCase;
import fr.ploucs.accompaniment.programmes.application.port.in.ManageProgrammesUseCase.DefineCall;
import fr.ploucs.accompaniment.programmes.application.port.in.ManageProgrammesUseCase.PlanCohort;
import fr.ploucs.accompaniment.programmes.domain.CallForApplications;
import fr.ploucs.accompaniment.programmes.domain.CohortId;
import fr.ploucs.accompaniment.trainingdays.application.port.in.TrainingDaysUseCase;
import fr.ploucs.accompaniment.trainingdays.application.port.in.TrainingDaysUseCase.HolderAttendance;
import fr.ploucs.accompaniment.trainingdays.application.port.in.TrainingDaysUseCase.PlanDay;
import fr.ploucs.accompaniment.trainingdays.domain.TrainingDay;
import fr.ploucs.accompaniment.trainingdays.domain.TrainingDayId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ApplicationModuleTest
class TrainingDaysModuleTest {

    @Autowired
    private ManageProgrammesUseCase manage;
    @Autowired
    private FindProgrammesQuery programmes;
    @Autowired
    private SelectionUseCase selection;
    @Autowired
    private TrainingDaysUseCase trainingDays;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));

    @Test
    void a_training_day_records_each_holder_s_presence_and_each_holder_has_an_attendance_record() {
        var incubator = programmes.programmes().stream().filter(p -> p.getName().equals("Incubateur"))
                .findFirst().orElseThrow();
        CohortId cohort = manage.plan(new PlanCohort(incubator.getId(), "Promotion " + UUID.randomUUID(),
                today.minusMonths(2), today.plusMonths(8), 10));
        manage.defineCall(new DefineCall(cohort, 0L, new CallForApplications(today.minusMonths(5),
                today.minusMonths(3), null, List.of("Utilité sociale"))));
        manage.openCall(cohort, 1L);
        ApplicationId application = selection.apply(new Apply(cohort.value(), null, "La Recyclerie", null,
                "Léa Martin\nPaul Dubois", null));
        selection.score(new Score(application, 0L, Map.of("Utilité sociale", 5)));
        UUID project = selection.admit(new Decide(application, 1L, "Retenu"));

        assertThatThrownBy(() -> trainingDays.plan(new PlanDay(cohort.value(), "Gouvernance", today.plusYears(2),
                null, null))).hasMessage("training-day.held-on.outside-cohort");
        TrainingDayId past = trainingDays.plan(new PlanDay(cohort.value(), "Gouvernance partagée",
                today.minusDays(7), "Morcenx-la-Nouvelle", "Marie Lafon"));
        TrainingDayId coming = trainingDays.plan(new PlanDay(cohort.value(), "Modèle économique",
                today.plusDays(7), null, null));
        assertThatThrownBy(() -> trainingDays.recordAttendance(coming, 0L, Set.of()))
                .hasMessage("training-day.attendance.too-early");

        trainingDays.recordAttendance(past, 0L, Set.of(project + ":Léa Martin"));

        TrainingDay recorded = trainingDays.daysOf(cohort.value()).get(0);
        assertThat(recorded.getAttendance()).hasSize(2);
        assertThat(recorded.presentCount()).isEqualTo(1);
        assertThat(trainingDays.attendanceOf(project, "Léa Martin")).extracting(HolderAttendance::present)
                .containsExactly(true, null);
        assertThat(trainingDays.attendanceOf(project, "Paul Dubois")).extracting(HolderAttendance::present)
                .containsExactly(false, null);
    }
}
