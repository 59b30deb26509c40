package fr.ploucs.accompaniment;

import fr.ploucs.accompaniment.budget.application.port.in.CoachingBudgetUseCase;
import fr.ploucs.accompaniment.budget.domain.BudgetRuleViolation;
import fr.ploucs.accompaniment.programmes.application.port.in.FindProgrammesQuery;
import fr.ploucs.accompaniment.programmes.application.port.in.ManageProgrammesUseCase;
import fr.ploucs.accompaniment.programmes.application.port.in.ManageProgrammesUseCase.PlanCohort;
import fr.ploucs.accompaniment.programmes.domain.CohortId;
import fr.ploucs.sharedkernel.events.FundingGranted;
import fr.ploucs.sharedkernel.events.GrantEarmark;
import fr.ploucs.sharedkernel.events.GrantEarmarkAdded;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Grants earmarked for coaching raise the hours a cohort can plan, once per earmark whatever the redeliveries. */
@ApplicationModuleTest
class CoachingBudgetModuleTest {

    @Autowired
    private CoachingBudgetUseCase budget;
    @Autowired
    private ManageProgrammesUseCase manage;
    @Autowired
    private FindProgrammesQuery programmes;

    @Autowired
    private org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private boolean noPublicationPending() {
        return jdbc.sql("select count(*) from event_publication").query(Long.class).single() == 0;
    }

    @Test
    void coaching_earmarks_raise_the_hours_available_to_cohorts_once(Scenario scenario) {
        BigDecimal before = budget.grantedHours();
        UUID grant = UUID.randomUUID();
        FundingGranted granted = new FundingGranted(UUID.randomUUID(), Instant.now(), grant, "Région Nouvelle-Aquitaine",
                "Accompagnement 2026", new BigDecimal("12000.00"), List.of(
                new GrantEarmark(GrantEarmark.COACHING_HOURS, new BigDecimal("4000.00"), new BigDecimal("50.00"),
                        new BigDecimal("80")),
                new GrantEarmark(GrantEarmark.RUNNING_COSTS, new BigDecimal("8000.00"), null, null)));
        scenario.publish(granted)
                .andWaitForStateChange(budget::grantedHours, hours -> hours.compareTo(before.add(new BigDecimal("80"))) == 0);
        GrantEarmarkAdded added = new GrantEarmarkAdded(UUID.randomUUID(), Instant.now(), grant,
                "Région Nouvelle-Aquitaine", "Accompagnement 2026", new GrantEarmark(GrantEarmark.COACHING_HOURS,
                new BigDecimal("1000.00"), new BigDecimal("50.00"), new BigDecimal("20")));
        scenario.publish(added)
                .andWaitForStateChange(budget::grantedHours, hours -> hours.compareTo(before.add(new BigDecimal("100"))) == 0);
        scenario.publish(granted).andWaitForStateChange(this::noPublicationPending, Boolean::booleanValue);
        scenario.publish(added).andWaitForStateChange(this::noPublicationPending, Boolean::booleanValue);
        assertThat(budget.grantedHours()).isEqualByComparingTo(before.add(new BigDecimal("100")));

        var incubator = programmes.programmes().stream().filter(p -> p.getName().equals("Incubateur"))
                .findFirst().orElseThrow();
        CohortId cohort = manage.plan(new PlanCohort(incubator.getId(), "Promotion " + UUID.randomUUID(),
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30), 10));
        BigDecimal free = budget.unallocatedHours();
        assertThatThrownBy(() -> budget.plan(cohort.value(), free.add(BigDecimal.ONE)))
                .isInstanceOf(BudgetRuleViolation.class).hasMessage("budget.hours.beyond-granted");
        budget.plan(cohort.value(), new BigDecimal("60"));
        assertThat(budget.budgetOf(cohort.value()).planned()).isEqualByComparingTo("60");
        assertThat(budget.budgetOf(cohort.value()).used()).isZero();
        assertThat(budget.unallocatedHours()).isEqualByComparingTo(free.subtract(new BigDecimal("60")));
        assertThat(budget.grants()).anySatisfy(line -> {
            assertThat(line.grantId()).isEqualTo(grant);
            assertThat(line.hours()).isEqualByComparingTo("100");
        });
    }
}
