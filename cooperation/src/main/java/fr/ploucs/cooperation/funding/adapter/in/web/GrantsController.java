package fr.ploucs.cooperation.funding.adapter.in.web;

import fr.ploucs.sharedkernel.NotFound;

import fr.ploucs.cooperation.funding.application.port.in.FundersUseCase;
import fr.ploucs.cooperation.funding.application.port.in.GrantsUseCase;
import fr.ploucs.cooperation.funding.domain.Earmark;
import fr.ploucs.cooperation.funding.domain.EarmarkKind;
import fr.ploucs.cooperation.funding.domain.Funder;
import fr.ploucs.cooperation.funding.domain.Grant;
import fr.ploucs.cooperation.shared.domain.GrantId;
import fr.ploucs.cooperation.funding.domain.ReportKind;
import fr.ploucs.webparts.FormView;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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
        return page(load(id), model);
    }

    @PostMapping("/grants/{id}/earmarks")
    @FormView(PAGE)
    String addEarmark(@PathVariable UUID id, @Valid @ModelAttribute("earmark") EarmarkForm form, BindingResult errors,
                      Model model, RedirectAttributes redirect) {
        Grant grant = load(id);
        String page = page(grant, model);
        Earmark earmark = errors.hasErrors() ? null : earmark(form, errors);
        if (errors.hasErrors()) {
            return page;
        }
        grants.addEarmark(grant.getId(), form.getVersion(), earmark);
        redirect.addFlashAttribute("confirmation", "funding.earmark.added");
        return "redirect:/cooperation/funding/grants/" + id;
    }

    @PostMapping("/grants/{id}/reports")
    @FormView(PAGE)
    String addReport(@PathVariable UUID id, @Valid @ModelAttribute("report") ReportDeadlineForm form,
                     BindingResult errors, Model model, RedirectAttributes redirect) {
        Grant grant = load(id);
        String page = page(grant, model);
        if (errors.hasErrors()) {
            return page;
        }
        grants.addReportDeadline(grant.getId(), form.getVersion(), form.getKind(), form.getDueOn());
        redirect.addFlashAttribute("confirmation", "funding.report.added");
        return "redirect:/cooperation/funding/grants/" + id;
    }

    @PostMapping("/grants/{id}/reports/{reportId}/done")
    @FormView(PAGE)
    String recordDone(@PathVariable UUID id, @PathVariable UUID reportId,
                      @Valid @ModelAttribute("done") ReportDoneForm form, BindingResult errors, Model model,
                      RedirectAttributes redirect) {
        Grant grant = load(id);
        form.setReportId(reportId);
        String page = page(grant, model);
        if (errors.hasErrors()) {
            return page;
        }
        grants.recordReportDone(grant.getId(), form.getVersion(), reportId, form.getDoneOn());
        redirect.addFlashAttribute("confirmation", "funding.report.done.recorded");
        return "redirect:/cooperation/funding/grants/" + id;
    }

    @GetMapping("/reports")
    String reportsDue(Model model) {
        model.addAttribute("due", grants.reportsDue());
        return "cooperation/funding/reports";
    }

    /** The grant's page, with an empty form for each of its forms that the request did not bind. */
    private String page(Grant grant, Model model) {
        model.addAttribute("grant", grant);
        if (!model.containsAttribute("earmark")) {
            model.addAttribute("earmark", newEarmark(grant));
        }
        if (!model.containsAttribute("report")) {
            model.addAttribute("report", newReport(grant));
        }
        if (!model.containsAttribute("done")) {
            model.addAttribute("done", newDone(grant));
        }
        model.addAttribute("earmarkKinds", EarmarkKind.values());
        model.addAttribute("reportKinds", ReportKind.values());
        model.addAttribute("today", today());
        return PAGE;
    }

    /** Coaching hours are rate × hours; the other kinds an amount. Says which field is missing. */
    private static Earmark earmark(EarmarkForm form, BindingResult errors) {
        if (form.getKind() == EarmarkKind.COACHING_HOURS) {
            if (form.getHourlyRate() == null) {
                errors.rejectValue("hourlyRate", "funding.earmark.hourlyRate.required");
            }
            if (form.hoursValue() == null) {
                errors.rejectValue("hours", "funding.earmark.hours.required");
            }
            return errors.hasErrors() ? null : Earmark.coachingHours(form.getHourlyRate(), form.hoursValue());
        }
        if (form.getAmount() == null) {
            errors.rejectValue("amount", "funding.earmark.amount.required");
            return null;
        }
        return Earmark.of(form.getKind(), form.getAmount());
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
