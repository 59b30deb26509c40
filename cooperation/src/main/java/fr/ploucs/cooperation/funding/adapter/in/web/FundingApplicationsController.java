package fr.ploucs.cooperation.funding.adapter.in.web;

import fr.ploucs.sharedkernel.NotFound;

import fr.ploucs.cooperation.funding.application.port.in.CallsForProjectsUseCase;
import fr.ploucs.cooperation.funding.application.port.in.FundersUseCase;
import fr.ploucs.cooperation.funding.application.port.in.FundingApplicationsUseCase;
import fr.ploucs.cooperation.funding.application.port.in.FundingNotFound;
import fr.ploucs.cooperation.funding.domain.ApplicationDetails;
import fr.ploucs.cooperation.funding.domain.ApplicationStatus;
import fr.ploucs.cooperation.funding.domain.CallForProjects;
import fr.ploucs.cooperation.funding.domain.CallForProjectsId;
import fr.ploucs.cooperation.funding.domain.FundedPillar;
import fr.ploucs.cooperation.funding.domain.Funder;
import fr.ploucs.cooperation.funding.domain.FunderId;
import fr.ploucs.cooperation.funding.domain.FundingApplication;
import fr.ploucs.cooperation.funding.domain.FundingApplicationId;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Applications for funding: list by status, start, edit. The page of one application (history, financing plan, next
 * step) is {@link FundingApplicationPageController}'s.
 */
@Controller
@RequestMapping("/cooperation/funding/applications")
@PreAuthorize("hasRole('COORDINATOR')")
class FundingApplicationsController {

    private static final String FORM = "cooperation/funding/application-form";

    private final FundingApplicationsUseCase applications;
    private final FundersUseCase funders;
    private final CallsForProjectsUseCase calls;

    FundingApplicationsController(FundingApplicationsUseCase applications, FundersUseCase funders,
                                  CallsForProjectsUseCase calls) {
        this.applications = applications;
        this.funders = funders;
        this.calls = calls;
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
    @FormView(FORM)
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
        } catch (FundingNotFound e) {
            errors.rejectValue("funderId", "funding.application.funder.required");
            return FORM;
        }
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
        form.setAmountAsked(details.amountAsked());
        form.setVersion(application.getVersion());
        model.addAttribute("applicationForm", form);
        model.addAttribute("applicationId", id);
        addCalls(model);
        return FORM;
    }

    @PostMapping("/{id}")
    @FormView(FORM)
    String update(@PathVariable UUID id, @Valid @ModelAttribute("applicationForm") FundingApplicationForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        model.addAttribute("applicationId", id);
        addCalls(model);
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            applications.updateDetails(new FundingApplicationId(id), form.getVersion(), details(form));
        } catch (FundingNotFound e) {
            errors.rejectValue("funderId", "funding.application.funder.required");
            return FORM;
        }
        redirect.addFlashAttribute("confirmation", "funding.application.updated");
        return "redirect:/cooperation/funding/applications/" + id;
    }

    private void addCalls(Model model) {
        List<CallForProjects> all = calls.byDeadline().stream().map(CallsForProjectsUseCase.ListedCall::call).toList();
        model.addAttribute("calls", all);
    }

    private static ApplicationDetails details(FundingApplicationForm form) {
        return new ApplicationDetails(new FunderId(form.getFunderId()),
                form.getCallId() == null ? null : new CallForProjectsId(form.getCallId()),
                FundingWebText.tidy(form.getTitle()), form.getPillar(), form.getAmountAsked());
    }

    private FundingApplication load(UUID id) {
        return applications.byId(new FundingApplicationId(id))
                .orElseThrow(() -> new NotFound(id));
    }

}
