package fr.ploucs.accompaniment.budget.application;

import fr.ploucs.accompaniment.budget.application.port.in.CoachingBudgetUseCase;
import fr.ploucs.accompaniment.budget.application.port.out.CoachingBudgetRepository;
import fr.ploucs.accompaniment.budget.domain.BudgetRuleViolation;
import fr.ploucs.accompaniment.budget.domain.CoachingBudget;
import fr.ploucs.accompaniment.coaching.application.port.in.FindCoachingQuery;
import fr.ploucs.accompaniment.projects.application.port.in.FindProjectsQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Service
@Transactional
class CoachingBudgets implements CoachingBudgetUseCase {

    private static final BigDecimal MAX_PLANNED = new BigDecimal("100000");

    private final CoachingBudgetRepository budgets;
    private final FindProjectsQuery projects;
    private final FindCoachingQuery coaching;

    CoachingBudgets(CoachingBudgetRepository budgets, FindProjectsQuery projects, FindCoachingQuery coaching) {
        this.budgets = budgets;
        this.projects = projects;
        this.coaching = coaching;
    }

    @Override
    public void coachingHoursGranted(UUID grantId, String earmarkKey, String funderName, String title,
                                     BigDecimal hours, Instant at) {
        if (hours != null && hours.signum() > 0) {
            budgets.addGrantedHours(grantId, earmarkKey, funderName, title, hours, at);
        }
    }

    @Override
    public void plan(UUID cohortId, BigDecimal hours) {
        if (hours == null || hours.signum() < 0 || hours.compareTo(MAX_PLANNED) > 0 || hours.scale() > 2
                && hours.stripTrailingZeros().scale() > 2) {
            throw new BudgetRuleViolation("hours", "budget.hours.range");
        }
        budgets.lockAllocations();
        BigDecimal available = budgets.grantedHours().subtract(budgets.allocatedHours())
                .add(budgets.plannedFor(cohortId));
        if (hours.compareTo(available) > 0) {
            throw new BudgetRuleViolation("hours", "budget.hours.beyond-granted");
        }
        budgets.setPlanned(cohortId, hours);
    }

    @Override
    @Transactional(readOnly = true)
    public BigDecimal grantedHours() {
        return budgets.grantedHours();
    }

    @Override
    @Transactional(readOnly = true)
    public BigDecimal unallocatedHours() {
        return budgets.grantedHours().subtract(budgets.allocatedHours()).max(BigDecimal.ZERO);
    }

    @Override
    @Transactional(readOnly = true)
    public CoachingBudget budgetOf(UUID cohortId) {
        return new CoachingBudget(budgets.plannedFor(cohortId),
                coaching.hoursHeldFor(projects.projectIdsOf(cohortId)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<GrantedHours> grants() {
        return budgets.grants().stream()
                .map(grant -> new GrantedHours(grant.grantId(), grant.funderName(), grant.title(), grant.hours()))
                .toList();
    }
}
