package fr.ploucs.accompaniment.budget.application.port.in;

import fr.ploucs.accompaniment.budget.domain.CoachingBudget;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The coaching hours the grants pay for, allocated to cohorts. */
public interface CoachingBudgetUseCase {

    /** Records the coaching hours a grant earmarks, once per grant and earmark, whatever the redeliveries. */
    void coachingHoursGranted(UUID grantId, String earmarkKey, String funderName, String title, BigDecimal hours,
                              Instant at);

    /** @throws fr.ploucs.accompaniment.budget.domain.BudgetRuleViolation beyond the hours not yet allocated */
    void plan(UUID cohortId, BigDecimal hours);

    BigDecimal grantedHours();

    BigDecimal unallocatedHours();

    CoachingBudget budgetOf(UUID cohortId);

    List<GrantedHours> grants();

    record GrantedHours(UUID grantId, String funderName, String title, BigDecimal hours) {
    }
}
