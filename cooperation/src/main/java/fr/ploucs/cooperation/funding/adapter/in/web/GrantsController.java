package fr.ploucs.cooperation.funding.adapter.in.web;

import fr.ploucs.sharedkernel.NotFound;

import fr.ploucs.cooperation.shared.adapter.in.web.FundingAmountText;

import fr.ploucs.cooperation.funding.application.port.in.FundersUseCase;
import fr.ploucs.cooperation.funding.application.port.in.GrantsUseCase;
import fr.ploucs.cooperation.funding.domain.Earmark;
import fr.ploucs.cooperation.funding.domain.EarmarkKind;
import fr.ploucs.cooperation.funding.domain.Funder;
import fr.ploucs.cooperation.funding.domain.FundingChangedMeanwhile;
import fr.ploucs.cooperation.funding.domain.FundingRuleViolation;
import fr.ploucs.cooperation.funding.domain.Grant;
import fr.ploucs.cooperation.funding.domain.GrantId;
import fr.ploucs.cooperation.funding.domain.ReportKind;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Grants: list, the page of one grant (earmarks, reports owed), and the reports due soon or overdue. */
@Controller
@RequestMapping("/cooperation/funding")
@PreAuthorize("hasRole('COORDINATOR')")
class GrantsController {

    private static final String PAGE = "cooperation/funding/grant";

    private final GrantsUseCase grants;
    private final FundersUseCase funders;

    private final Clock clock;

    GrantsController(GrantsUseCase grants, FundersUseCase funders, Clock clock) {
        this.clock = clock;
        this.grants = grants;
        this.funders = funders;
    }

    @ModelAttribute("funderNames")
    @PreAuthorize("permitAll()")
    Map<UUID, String> funderNames() {
        Map<UUID, String> names = new LinkedHashMap<>();
        for (Funder funder : funders.all()) {
            names.put(funder.getId().value(), funder.getDetails().name());
        }
        return names;
    }

    @GetMapping("/grants")
    String list(Model model) {
        model.addAttribute("grants", grants.all());
        return "cooperation/funding/grants";
    }

    @GetMapping("/grants/{id}")
    String show(@PathVariable UUID id, Model model) {
        Grant grant = load(id);
        return page(grant, newEarmark(grant), newReport(grant), newDone(grant), model);
    }

    @PostMapping("/grants/{id}/earmarks")
    String addEarmark(@PathVariable UUID id, @Valid @ModelAttribute("earmark") EarmarkForm form, BindingResult errors,
                      Model model, RedirectAttributes redirect) {
        Grant grant = load(id);
        Earmark earmark = null;
        if (!errors.hasErrors()) {
            earmark = earmark(form, errors);
        }
        if (errors.hasErrors()) {
            return page(grant, form, newReport(grant), newDone(grant), model);
        }
        try {
            grants.addEarmark(grant.getId(), form.getVersion(), earmark);
        } catch (FundingRuleViolation e) {
            errors.reject(e.reason());
            return page(grant, form, newReport(grant), newDone(grant), model);
        } catch (FundingChangedMeanwhile e) {
            errors.reject("funding.changed-meanwhile");
            return page(grant, form, newReport(grant), newDone(grant), model);
        }
        redirect.addFlashAttribute("confirmation", "funding.earmark.added");
        return "redirect:/cooperation/funding/grants/" + id;
    }

    @PostMapping("/grants/{id}/reports")
    String addReport(@PathVariable UUID id, @Valid @ModelAttribute("report") ReportDeadlineForm form,
                     BindingResult errors, Model model, RedirectAttributes redirect) {
        Grant grant = load(id);
        if (errors.hasErrors()) {
            return page(grant, newEarmark(grant), form, newDone(grant), model);
        }
        try {
            grants.addReportDeadline(grant.getId(), form.getVersion(), form.getKind(), form.getDueOn());
        } catch (FundingRuleViolation e) {
            errors.reject(e.reason());
            return page(grant, newEarmark(grant), form, newDone(grant), model);
        } catch (FundingChangedMeanwhile e) {
            errors.reject("funding.changed-meanwhile");
            return page(grant, newEarmark(grant), form, newDone(grant), model);
        }
        redirect.addFlashAttribute("confirmation", "funding.report.added");
        return "redirect:/cooperation/funding/grants/" + id;
    }

    @PostMapping("/grants/{id}/reports/{reportId}/done")
    String recordDone(@PathVariable UUID id, @PathVariable UUID reportId,
                      @Valid @ModelAttribute("done") ReportDoneForm form, BindingResult errors, Model model,
                      RedirectAttributes redirect) {
        Grant grant = load(id);
        form.setReportId(reportId);
        if (errors.hasErrors()) {
            return page(grant, newEarmark(grant), newReport(grant), form, model);
        }
        try {
            grants.recordReportDone(grant.getId(), form.getVersion(), reportId, form.getDoneOn());
        } catch (FundingRuleViolation e) {
            errors.reject(e.reason());
            return page(grant, newEarmark(grant), newReport(grant), form, model);
        } catch (FundingChangedMeanwhile e) {
            errors.reject("funding.changed-meanwhile");
            return page(grant, newEarmark(grant), newReport(grant), form, model);
        }
        redirect.addFlashAttribute("confirmation", "funding.report.done.recorded");
        return "redirect:/cooperation/funding/grants/" + id;
    }

    @GetMapping("/reports")
    String reportsDue(Model model) {
        model.addAttribute("due", grants.reportsDue());
        return "cooperation/funding/reports";
    }

    private String page(Grant grant, EarmarkForm earmark, ReportDeadlineForm report, ReportDoneForm done, Model model) {
        model.addAttribute("grant", grant);
        model.addAttribute("earmark", earmark);
        model.addAttribute("report", report);
        model.addAttribute("done", done);
        model.addAttribute("earmarkKinds", EarmarkKind.values());
        model.addAttribute("reportKinds", ReportKind.values());
        model.addAttribute("today", today());
        return PAGE;
    }

    /** Coaching hours are rate × hours; the other kinds an amount. Says which field is missing. */
    private static Earmark earmark(EarmarkForm form, BindingResult errors) {
        if (form.getKind() == EarmarkKind.COACHING_HOURS) {
            BigDecimal rate = FundingAmountText.parse(form.getHourlyRate());
            BigDecimal hours = FundingAmountText.parse(form.getHours());
            if (rate == null) {
                errors.rejectValue("hourlyRate", "funding.earmark.hourlyRate.required");
            }
            if (hours == null) {
                errors.rejectValue("hours", "funding.earmark.hours.required");
            }
            return errors.hasErrors() ? null : Earmark.coachingHours(rate, hours);
        }
        BigDecimal amount = FundingAmountText.parse(form.getAmount());
        if (amount == null) {
            errors.rejectValue("amount", "funding.earmark.amount.required");
            return null;
        }
        return Earmark.of(form.getKind(), amount);
    }

    private static EarmarkForm newEarmark(Grant grant) {
        EarmarkForm form = new EarmarkForm();
        form.setVersion(grant.getVersion());
        return form;
    }

    private static ReportDeadlineForm newReport(Grant grant) {
        ReportDeadlineForm form = new ReportDeadlineForm();
        form.setVersion(grant.getVersion());
        return form;
    }

    private ReportDoneForm newDone(Grant grant) {
        ReportDoneForm form = new ReportDoneForm();
        form.setVersion(grant.getVersion());
        form.setDoneOn(today());
        return form;
    }

    private Grant load(UUID id) {
        return grants.byId(new GrantId(id)).orElseThrow(() -> new NotFound(id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
