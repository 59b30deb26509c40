package fr.ploucs.cooperation.funding.adapter.in.web;

import fr.ploucs.sharedkernel.NotFound;

import fr.ploucs.cooperation.funding.application.port.in.CallsForProjectsUseCase;
import fr.ploucs.cooperation.funding.application.port.in.FundersUseCase;
import fr.ploucs.cooperation.funding.application.port.in.FundingApplicationsUseCase;
import fr.ploucs.cooperation.funding.application.port.in.FundingApplicationsUseCase.ChangeStatus;
import fr.ploucs.cooperation.funding.application.port.in.FundingNotFound;
import fr.ploucs.cooperation.funding.application.port.in.GrantsUseCase;
import fr.ploucs.cooperation.funding.domain.ApplicationDetails;
import fr.ploucs.cooperation.funding.domain.ApplicationStatus;
import fr.ploucs.cooperation.funding.domain.CallForProjects;
import fr.ploucs.cooperation.funding.domain.CallForProjectsId;
import fr.ploucs.cooperation.funding.domain.FinancingLine;
import fr.ploucs.cooperation.funding.domain.FinancingLineStatus;
import fr.ploucs.cooperation.funding.domain.FundedPillar;
import fr.ploucs.cooperation.funding.domain.Funder;
import fr.ploucs.cooperation.funding.domain.FunderId;
import fr.ploucs.cooperation.funding.domain.FundingApplication;
import fr.ploucs.cooperation.funding.domain.FundingApplicationId;
import fr.ploucs.cooperation.shared.domain.GrantId;
import fr.ploucs.webparts.FormView;
import fr.ploucs.webparts.RefusalRedirect;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The page of one application for funding: its history, financing plan and next step; move it forward, add or
 * remove lines of its financing plan. Listing, starting and editing applications is
 * {@link FundingApplicationsController}'s.
 */
@Controller
@RequestMapping("/cooperation/funding/applications")
@PreAuthorize("hasRole('COORDINATOR')")
class FundingApplicationPageController {

    private static final String PAGE = "cooperation/funding/application";

    private final FundingApplicationsUseCase applications;
    private final FundersUseCase funders;
    private final CallsForProjectsUseCase calls;
    private final GrantsUseCase grants;
    private final Clock clock;

    FundingApplicationPageController(FundingApplicationsUseCase applications, FundersUseCase funders,
                                     CallsForProjectsUseCase calls, GrantsUseCase grants, Clock clock) {
        this.applications = applications;
        this.funders = funders;
        this.calls = calls;
        this.grants = grants;
        this.clock = clock;
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

    @ModelAttribute("pillars")
    @PreAuthorize("permitAll()")
    FundedPillar[] pillars() {
        return FundedPillar.values();
    }


    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        return page(load(id), model);
    }

    @PostMapping("/{id}/status")
    @FormView(PAGE)
    String changeStatus(@PathVariable UUID id, @Valid @ModelAttribute("statusChange") StatusChangeForm form,
                        BindingResult errors, Model model, RedirectAttributes redirect) {
        String page = page(load(id), model);
        requireWhatTheStepNeeds(form, errors);
        if (errors.hasErrors()) {
            return page;
        }
        Optional<GrantId> grant = applications.changeStatus(new ChangeStatus(new FundingApplicationId(id),
                form.getVersion(), form.getTarget(), form.getDate(), FundingWebText.tidy(form.getComment()),
                form.getAmountGranted(), form.getGrantStartsOn(), form.getGrantEndsOn()));
        if (grant.isPresent()) {
            redirect.addFlashAttribute("confirmation", "funding.application.granted");
            return "redirect:/cooperation/funding/grants/" + grant.get();
        }
        redirect.addFlashAttribute("confirmation", "funding.application.status.changed");
        return "redirect:/cooperation/funding/applications/" + id;
    }

    @PostMapping("/{id}/plan")
    @FormView(PAGE)
    String addFinancingLine(@PathVariable UUID id, @Valid @ModelAttribute("line") FinancingLineForm form,
                            BindingResult errors, Model model, RedirectAttributes redirect) {
        String page = page(load(id), model);
        if (errors.hasErrors()) {
            return page;
        }
        try {
            FunderId funder = form.getFunderId() == null ? null : new FunderId(form.getFunderId());
            applications.addFinancingLine(new FundingApplicationId(id), form.getVersion(),
                    new FinancingLine(funder, form.getAmount(), form.getStatus()));
        } catch (FundingNotFound e) {
            errors.rejectValue("funderId", "funding.plan.funder.unknown");
            return page;
        }
        redirect.addFlashAttribute("confirmation", "funding.plan.line.added");
        return "redirect:/cooperation/funding/applications/" + id + "#plan";
    }

    @PostMapping("/{id}/plan/{index}/remove")
    @RefusalRedirect(value = "/cooperation/funding/applications/{id}#plan", flash = "problem")
    String removeFinancingLine(@PathVariable UUID id, @PathVariable int index,
                               @RequestParam(name = "version", required = false) Long version,
                               RedirectAttributes redirect) {
        applications.removeFinancingLine(new FundingApplicationId(id), version, index);
        redirect.addFlashAttribute("confirmation", "funding.plan.line.removed");
        return "redirect:/cooperation/funding/applications/" + id + "#plan";
    }

    /** The application's page, with a fresh form for each of its forms the request did not bind. */

    private String page(FundingApplication application, Model model) {
        if (!model.containsAttribute("statusChange")) {
            StatusChangeForm statusChange = new StatusChangeForm();
            statusChange.setDate(today());
            statusChange.setVersion(application.getVersion());
            nextStatuses(application).stream().findFirst().ifPresent(statusChange::setTarget);
            model.addAttribute("statusChange", statusChange);
        }
        if (!model.containsAttribute("line")) {
            FinancingLineForm line = new FinancingLineForm();
            line.setStatus(FinancingLineStatus.EXPECTED);
            line.setVersion(application.getVersion());
            model.addAttribute("line", line);
        }
        model.addAttribute("fundingApplication", application);
        model.addAttribute("nextStatuses", nextStatuses(application));
        model.addAttribute("canGrant", application.getStatus().next().contains(ApplicationStatus.GRANTED));
        model.addAttribute("lineStatuses", FinancingLineStatus.values());
        model.addAttribute("callTitle", application.getDetails().callId() == null ? null
                : calls.byId(application.getDetails().callId()).map(call -> call.getDetails().title()).orElse(null));
        model.addAttribute("grant", application.getStatus() == ApplicationStatus.GRANTED
                ? grants.byApplication(application.getId()).orElse(null) : null);
        return PAGE;
    }

    private static List<ApplicationStatus> nextStatuses(FundingApplication application) {
        return application.getStatus().next().stream().sorted().toList();
    }

    /** What each step needs beyond a date: an amount and a period for a grant, a reason for a rejection. */
    private static void requireWhatTheStepNeeds(StatusChangeForm form, BindingResult errors) {
        if (form.getTarget() == ApplicationStatus.GRANTED) {
            if (form.getAmountGranted() == null && !errors.hasFieldErrors("amountGranted")) {
                errors.rejectValue("amountGranted", "funding.status-change.amountGranted.required");
            }
            if (form.getGrantStartsOn() == null && !errors.hasFieldErrors("grantStartsOn")) {
                errors.rejectValue("grantStartsOn", "funding.status-change.grantStartsOn.required");
            }
            if (form.getGrantEndsOn() == null && !errors.hasFieldErrors("grantEndsOn")) {
                errors.rejectValue("grantEndsOn", "funding.status-change.grantEndsOn.required");
            }
        }
        if (form.getTarget() == ApplicationStatus.REJECTED && (form.getComment() == null || form.getComment().isBlank())) {
            errors.rejectValue("comment", "funding.application.rule.reason-required");
        }
    }

    private FundingApplication load(UUID id) {
        return applications.byId(new FundingApplicationId(id))
                .orElseThrow(() -> new NotFound(id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
