package fr.ploucs.accompaniment.budget.adapter.in.web;

import fr.ploucs.accompaniment.budget.application.port.in.CoachingBudgetUseCase;
import fr.ploucs.accompaniment.budget.domain.CoachingBudget;
import fr.ploucs.accompaniment.shared.adapter.in.web.CohortPageSection;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.UUID;

/**
 * The cohort's coaching budget: hours planned, used by its projects' sessions, left, and a warning once 80 % are used,
 * before the budget runs out; with the form that plans the cohort's hours out of those the grants earmark.
 */
@Component
class CohortBudgetSection implements CohortPageSection {

    private final CoachingBudgetUseCase budgets;

    CohortBudgetSection(CoachingBudgetUseCase budgets) {
        this.budgets = budgets;
    }

    @Override
    public String template() {
        return "accompaniment/budget/cohort-section";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void addTo(UUID cohortId, Model model) {
        CoachingBudget budget = budgets.budgetOf(cohortId);
        model.addAttribute("budget", budget);
        model.addAttribute("budgetLevel", budget.level().name());
        model.addAttribute("unallocatedHours", budgets.unallocatedHours());
        if (!model.containsAttribute("budgetForm")) {
            BudgetForm form = new BudgetForm();
            form.setHours(budget.planned());
            model.addAttribute("budgetForm", form);
        }
    }
}
