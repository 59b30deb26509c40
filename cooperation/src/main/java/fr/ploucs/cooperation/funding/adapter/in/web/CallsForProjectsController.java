package fr.ploucs.cooperation.funding.adapter.in.web;

import fr.ploucs.sharedkernel.NotFound;

import fr.ploucs.cooperation.funding.application.port.in.CallsForProjectsUseCase;
import fr.ploucs.cooperation.funding.application.port.in.FundersUseCase;
import fr.ploucs.cooperation.funding.application.port.in.FundingNotFound;
import fr.ploucs.cooperation.funding.domain.CallDetails;
import fr.ploucs.cooperation.funding.domain.CallForProjects;
import fr.ploucs.cooperation.funding.domain.CallForProjectsId;
import fr.ploucs.cooperation.funding.domain.Funder;
import fr.ploucs.cooperation.funding.domain.FunderId;
import fr.ploucs.webparts.FormView;
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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The calls for projects: by deadline (overdue ones marked), publish, edit. */
@Controller
@RequestMapping("/cooperation/funding/calls")
@PreAuthorize("hasRole('COORDINATOR')")
class CallsForProjectsController {

    private final CallsForProjectsUseCase calls;
    private final FundersUseCase funders;

    CallsForProjectsController(CallsForProjectsUseCase calls, FundersUseCase funders) {
        this.calls = calls;
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

    @GetMapping
    String list(Model model) {
        model.addAttribute("calls", calls.byDeadline());
        return "cooperation/funding/calls";
    }

    @GetMapping("/new")
    String newCall(Model model) {
        model.addAttribute("call", new CallForProjectsForm());
        return "cooperation/funding/call-form";
    }

    @PostMapping
    @FormView("cooperation/funding/call-form")
    String publish(@Valid @ModelAttribute("call") CallForProjectsForm form, BindingResult errors,
                   RedirectAttributes redirect) {
        return save(form, errors, redirect, details -> calls.publish(details), "funding.call.published");
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        CallForProjects call = calls.byId(new CallForProjectsId(id))
                .orElseThrow(() -> new NotFound(id));
        CallDetails details = call.getDetails();
        CallForProjectsForm form = new CallForProjectsForm();
        form.setFunderId(details.funderId().value());
        form.setTitle(details.title());
        form.setLink(details.link());
        form.setOpensOn(details.opensOn());
        form.setDeadline(details.deadline());
        form.setDescription(details.description());
        form.setVersion(call.getVersion());
        model.addAttribute("call", form);
        model.addAttribute("callId", id);
        return "cooperation/funding/call-form";
    }

    @PostMapping("/{id}")
    @FormView("cooperation/funding/call-form")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("call") CallForProjectsForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        model.addAttribute("callId", id);
        return save(form, errors, redirect,
                details -> calls.update(new CallForProjectsId(id), form.getVersion(), details), "funding.call.updated");
    }

    private String save(CallForProjectsForm form, BindingResult errors, RedirectAttributes redirect,
                        java.util.function.Consumer<CallDetails> action, String confirmation) {
        if (errors.hasErrors()) {
            return "cooperation/funding/call-form";
        }
        try {
            action.accept(new CallDetails(new FunderId(form.getFunderId()), FundingWebText.tidy(form.getTitle()),
                    FundingWebText.tidy(form.getLink()), form.getOpensOn(), form.getDeadline(),
                    FundingWebText.tidy(form.getDescription())));
        } catch (FundingNotFound e) {
            errors.rejectValue("funderId", "funding.call.funder.required");
            return "cooperation/funding/call-form";
        }
        redirect.addFlashAttribute("confirmation", confirmation);
        return "redirect:/cooperation/funding/calls";
    }

}
