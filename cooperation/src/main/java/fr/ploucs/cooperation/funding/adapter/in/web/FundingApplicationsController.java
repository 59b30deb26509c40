package fr.ploucs.cooperation.funding.adapter.in.web;

import fr.ploucs.sharedkernel.NotFound;

import fr.ploucs.cooperation.shared.adapter.in.web.FundingAmountText;

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
import fr.ploucs.cooperation.funding.domain.FundingChangedMeanwhile;
import fr.ploucs.cooperation.funding.domain.FundingRuleViolation;
import fr.ploucs.cooperation.funding.domain.GrantId;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Applications for funding: list by status, start, open (history, financing plan, next step), edit, move forward,
 * add or remove lines of the financing plan.
 */
@Controller
@RequestMapping("/cooperation/funding/applications")
@PreAuthorize("hasRole('COORDINATOR')")
class FundingApplicationsController {

    private static final String FORM = "cooperation/funding/application-form";
    private static final String PAGE = "cooperation/funding/application";
    private static final Set<String> AMOUNT_RULES = Set.of("funding.application.rule.granted-above-asked",
            "funding.rule.amount-positive", "funding.rule.amount-cents");

    private final FundingApplicationsUseCase applications;
    private final FundersUseCase funders;
    private final CallsForProjectsUseCase calls;
    private final GrantsUseCase grants;
    private final Clock clock;

    FundingApplicationsController(FundingApplicationsUseCase applications, FundersUseCase funders,
                                  CallsForProjectsUseCase calls, GrantsUseCase grants, Clock clock) {
        this.clock = clock;
        this.applications = applications;
        this.funders = funders;
        this.calls = calls;
        this.grants = grants;
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

    @GetMapping
    String list(@RequestParam(name = "status", required = false) ApplicationStatus status, Model model) {
        model.addAttribute("status", status);
        model.addAttribute("statuses", ApplicationStatus.values());
        model.addAttribute("applications", applications.list(status));
        return "cooperation/funding/applications";
    }

    @GetMapping("/new")
    String newApplication(@RequestParam(name = "callId", required = false) UUID callId, Model model) {
        FundingApplicationForm form = new FundingApplicationForm();
        if (callId != null) {
            calls.byId(new CallForProjectsId(callId)).ifPresent(call -> {
                form.setCallId(callId);
                form.setFunderId(call.getDetails().funderId().value());
                form.setTitle(call.getDetails().title());
            });
        }
        model.addAttribute("applicationForm", form);
        addCalls(model);
        return FORM;
    }

    @PostMapping
    String start(@Valid @ModelAttribute("applicationForm") FundingApplicationForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        addCalls(model);
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            FundingApplicationId id = applications.start(details(form));
            redirect.addFlashAttribute("confirmation", "funding.application.started");
            return "redirect:/cooperation/funding/applications/" + id;
        } catch (FundingRuleViolation | FundingNotFound e) {
            rejectDetails(e, errors);
            return FORM;
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        FundingApplication application = load(id);
        StatusChangeForm statusChange = new StatusChangeForm();
        statusChange.setDate(today());
        statusChange.setVersion(application.getVersion());
        nextStatuses(application).stream().findFirst().ifPresent(statusChange::setTarget);
        FinancingLineForm line = new FinancingLineForm();
        line.setStatus(FinancingLineStatus.EXPECTED);
        line.setVersion(application.getVersion());
        return page(application, statusChange, line, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        FundingApplication application = load(id);
        ApplicationDetails details = application.getDetails();
        FundingApplicationForm form = new FundingApplicationForm();
        form.setFunderId(details.funderId().value());
        form.setCallId(details.callId() == null ? null : details.callId().value());
        form.setTitle(details.title());
        form.setPillar(details.pillar());
        form.setAmountAsked(FundingAmountText.text(details.amountAsked()));
        form.setVersion(application.getVersion());
        model.addAttribute("applicationForm", form);
        model.addAttribute("applicationId", id);
        addCalls(model);
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("applicationForm") FundingApplicationForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        model.addAttribute("applicationId", id);
        addCalls(model);
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            applications.updateDetails(new FundingApplicationId(id), form.getVersion(), details(form));
        } catch (FundingChangedMeanwhile e) {
            errors.reject("funding.changed-meanwhile");
            return FORM;
        } catch (FundingRuleViolation | FundingNotFound e) {
            rejectDetails(e, errors);
            return FORM;
        }
        redirect.addFlashAttribute("confirmation", "funding.application.updated");
        return "redirect:/cooperation/funding/applications/" + id;
    }

    @PostMapping("/{id}/status")
    String changeStatus(@PathVariable UUID id, @Valid @ModelAttribute("statusChange") StatusChangeForm form,
                        BindingResult errors, Model model, RedirectAttributes redirect) {
        FundingApplication application = load(id);
        requireWhatTheStepNeeds(form, errors);
        FinancingLineForm line = new FinancingLineForm();
        line.setStatus(FinancingLineStatus.EXPECTED);
        line.setVersion(application.getVersion());
        if (errors.hasErrors()) {
            return page(application, form, line, model);
        }
        Optional<GrantId> grant;
        try {
            grant = applications.changeStatus(new ChangeStatus(new FundingApplicationId(id), form.getVersion(),
                    form.getTarget(), form.getDate(), FundingWebText.tidy(form.getComment()),
                    FundingAmountText.parse(form.getAmountGranted()), form.getGrantStartsOn(), form.getGrantEndsOn()));
        } catch (FundingRuleViolation e) {
            if (AMOUNT_RULES.contains(e.reason())) {
                errors.rejectValue("amountGranted", e.reason());
            } else {
                errors.reject(e.reason());
            }
            return page(application, form, line, model);
        } catch (FundingChangedMeanwhile e) {
            errors.reject("funding.changed-meanwhile");
            return page(application, form, line, model);
        }
        if (grant.isPresent()) {
            redirect.addFlashAttribute("confirmation", "funding.application.granted");
            return "redirect:/cooperation/funding/grants/" + grant.get();
        }
        redirect.addFlashAttribute("confirmation", "funding.application.status.changed");
        return "redirect:/cooperation/funding/applications/" + id;
    }

    @PostMapping("/{id}/plan")
    String addFinancingLine(@PathVariable UUID id, @Valid @ModelAttribute("line") FinancingLineForm form,
                            BindingResult errors, Model model, RedirectAttributes redirect) {
        FundingApplication application = load(id);
        StatusChangeForm statusChange = new StatusChangeForm();
        statusChange.setDate(today());
        statusChange.setVersion(application.getVersion());
        if (errors.hasErrors()) {
            return page(application, statusChange, form, model);
        }
        try {
            FunderId funder = form.getFunderId() == null ? null : new FunderId(form.getFunderId());
            applications.addFinancingLine(new FundingApplicationId(id), form.getVersion(),
                    new FinancingLine(funder, FundingAmountText.parse(form.getAmount()), form.getStatus()));
        } catch (FundingNotFound e) {
            errors.rejectValue("funderId", "funding.plan.funder.unknown");
            return page(application, statusChange, form, model);
        } catch (FundingRuleViolation e) {
            errors.rejectValue("amount", e.reason());
            return page(application, statusChange, form, model);
        } catch (FundingChangedMeanwhile e) {
            errors.reject("funding.changed-meanwhile");
            return page(application, statusChange, form, model);
        }
        redirect.addFlashAttribute("confirmation", "funding.plan.line.added");
        return "redirect:/cooperation/funding/applications/" + id + "#plan";
    }

    @PostMapping("/{id}/plan/{index}/remove")
    String removeFinancingLine(@PathVariable UUID id, @PathVariable int index,
                               @RequestParam(name = "version", required = false) Long version,
                               RedirectAttributes redirect) {
        try {
            applications.removeFinancingLine(new FundingApplicationId(id), version, index);
            redirect.addFlashAttribute("confirmation", "funding.plan.line.removed");
        } catch (FundingChangedMeanwhile e) {
            redirect.addFlashAttribute("problem", "funding.changed-meanwhile");
        } catch (FundingRuleViolation e) {
            redirect.addFlashAttribute("problem", e.reason());
        }
        return "redirect:/cooperation/funding/applications/" + id + "#plan";
    }

    private String page(FundingApplication application, StatusChangeForm statusChange, FinancingLineForm line,
                        Model model) {
        model.addAttribute("fundingApplication", application);
        model.addAttribute("nextStatuses", nextStatuses(application));
        model.addAttribute("canGrant", application.getStatus().next().contains(ApplicationStatus.GRANTED));
        model.addAttribute("statusChange", statusChange);
        model.addAttribute("line", line);
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
            if (form.getAmountGranted() == null || form.getAmountGranted().isBlank()) {
                errors.rejectValue("amountGranted", "funding.status-change.amountGranted.required");
            }
            if (form.getGrantStartsOn() == null && !errors.hasFieldErrors("grantStartsOn")) {
                errors.rejectValue("grantStartsOn", "funding.status-change.grantStartsOn.required");
            }
            if (form.getGrantEndsOn() == null && !errors.hasFieldErrors("grantEndsOn")) {
                errors.rejectValue("grantEndsOn", "funding.status-change.grantEndsOn.required");
            }
            if (form.getGrantStartsOn() != null && form.getGrantEndsOn() != null
                    && form.getGrantEndsOn().isBefore(form.getGrantStartsOn())) {
                errors.rejectValue("grantEndsOn", "funding.grant.rule.period-order");
            }
        }
        if (form.getTarget() == ApplicationStatus.REJECTED && (form.getComment() == null || form.getComment().isBlank())) {
            errors.rejectValue("comment", "funding.application.rule.reason-required");
        }
    }

    private void addCalls(Model model) {
        List<CallForProjects> all = calls.byDeadline().stream().map(CallsForProjectsUseCase.ListedCall::call).toList();
        model.addAttribute("calls", all);
    }

    private static ApplicationDetails details(FundingApplicationForm form) {
        return new ApplicationDetails(new FunderId(form.getFunderId()),
                form.getCallId() == null ? null : new CallForProjectsId(form.getCallId()),
                FundingWebText.tidy(form.getTitle()), form.getPillar(), FundingAmountText.parse(form.getAmountAsked()));
    }

    private static void rejectDetails(RuntimeException e, BindingResult errors) {
        if (e instanceof FundingRuleViolation violation) {
            if (violation.reason().equals("funding.application.rule.call-of-another-funder")) {
                errors.rejectValue("callId", violation.reason());
            } else if (AMOUNT_RULES.contains(violation.reason())) {
                errors.rejectValue("amountAsked", violation.reason());
            } else {
                errors.reject(violation.reason());
            }
        } else {
            errors.rejectValue("funderId", "funding.application.funder.required");
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
