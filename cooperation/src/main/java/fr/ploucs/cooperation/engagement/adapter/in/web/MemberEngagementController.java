package fr.ploucs.cooperation.engagement.adapter.in.web;

import fr.ploucs.cooperation.shared.adapter.in.web.MemberPageRenderer;

import fr.ploucs.cooperation.engagement.application.port.in.EngagementQuery;
import fr.ploucs.cooperation.engagement.application.port.in.RecordEngagementUseCase;
import fr.ploucs.cooperation.engagement.application.port.in.RecordEngagementUseCase.LogHours;
import fr.ploucs.cooperation.engagement.domain.EngagementEntry;
import fr.ploucs.cooperation.engagement.domain.EngagementRuleViolation;
import fr.ploucs.sharedkernel.MemberId;
import jakarta.validation.Valid;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.util.UUID;

/** Hours logged by coordinators on a member's page, and the members who have gone quiet. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class MemberEngagementController {

    private static final BigDecimal MIN_HOURS = new BigDecimal("0.25");

    private final RecordEngagementUseCase engagement;
    private final EngagementQuery query;
    private final MemberPageRenderer memberPage;
    private final int reengageAfterMonths;

    MemberEngagementController(RecordEngagementUseCase engagement, EngagementQuery query, MemberPageRenderer memberPage,
                               @Value("${ploucs.cooperation.reengage-after-months:6}") int reengageAfterMonths) {
        this.engagement = engagement;
        this.query = query;
        this.memberPage = memberPage;
        this.reengageAfterMonths = reengageAfterMonths;
    }

    @PostMapping("/cooperation/members/{id}/engagement")
    String logHours(@PathVariable UUID id, @Valid @ModelAttribute("engagement") EngagementForm form,
                    BindingResult errors, Model model, RedirectAttributes redirect) {
        if (form.getSource() != null && !form.getSource().loggedByHand()) {
            errors.rejectValue("source", "engagement.source.required");
        }
        if (!errors.hasFieldErrors("hours") && outOfRange(form.hoursValue())) {
            errors.rejectValue("hours", "engagement.rule.hours-range");
        }
        if (!errors.hasErrors()) {
            try {
                memberPage.requireMember(id);
                engagement.log(new LogHours(new MemberId(id), form.getSource(), form.getDate(), form.hoursValue(),
                        form.getDescription()));
                redirect.addFlashAttribute("confirmation", "engagement.logged");
                return "redirect:/cooperation/members/" + id + "#contribution";
            } catch (EngagementRuleViolation e) {
                errors.reject(e.reason());
            }
        }
        return memberPage.render(id, form.getDate() == null ? null : form.getDate().getYear(), model);
    }

    private static boolean outOfRange(BigDecimal hours) {
        return hours.compareTo(MIN_HOURS) < 0 || hours.compareTo(EngagementEntry.MAX_HOURS) > 0;
    }

    @GetMapping("/cooperation/engagement/reengage")
    String membersToReengage(Model model) {
        model.addAttribute("members", query.membersToReengage());
        model.addAttribute("months", reengageAfterMonths);
        return "cooperation/engagement/reengage";
    }
}
