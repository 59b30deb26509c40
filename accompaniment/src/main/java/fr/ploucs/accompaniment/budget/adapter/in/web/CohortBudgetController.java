package fr.ploucs.accompaniment.budget.adapter.in.web;

import fr.ploucs.accompaniment.budget.application.port.in.CoachingBudgetUseCase;
import fr.ploucs.accompaniment.shared.adapter.in.web.CohortPageRenderer;
import fr.ploucs.webparts.FormView;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.UUID;

/** Plans a cohort's coaching hours, never beyond the hours the grants earmark and no other cohort holds. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class CohortBudgetController {

    private final CoachingBudgetUseCase budgets;
    private final CohortPageRenderer page;

    CohortBudgetController(CoachingBudgetUseCase budgets, CohortPageRenderer page) {
        this.budgets = budgets;
        this.page = page;
    }

    @PostMapping("/accompaniment/cohorts/{id}/budget")
    @FormView(CohortPageRenderer.VIEW)
    String plan(@PathVariable UUID id, @Valid @ModelAttribute("budgetForm") BudgetForm form, BindingResult errors,
                Model model, RedirectAttributes redirect) {
        String view = page.render(id, model);
        if (errors.hasErrors()) {
            return view;
        }
        budgets.plan(id, form.getHours());
        redirect.addFlashAttribute("confirmation", "budget.planned.saved");
        return "redirect:/accompaniment/cohorts/" + id + "#budget";
    }
}
