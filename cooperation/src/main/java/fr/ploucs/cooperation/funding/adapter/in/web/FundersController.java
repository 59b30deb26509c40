package fr.ploucs.cooperation.funding.adapter.in.web;

import fr.ploucs.sharedkernel.NotFound;

import fr.ploucs.cooperation.funding.application.port.in.FundersUseCase;
import fr.ploucs.cooperation.funding.domain.Funder;
import fr.ploucs.cooperation.funding.domain.FunderDetails;
import fr.ploucs.cooperation.funding.domain.FunderId;
import fr.ploucs.cooperation.funding.domain.FunderKind;
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

import java.util.UUID;

/** The funders: list, record, edit. */
@Controller
@RequestMapping("/cooperation/funding")
@PreAuthorize("hasRole('COORDINATOR')")
class FundersController {

    private final FundersUseCase funders;

    FundersController(FundersUseCase funders) {
        this.funders = funders;
    }

    @ModelAttribute("funderKinds")
    @PreAuthorize("permitAll()")
    FunderKind[] funderKinds() {
        return FunderKind.values();
    }

    @GetMapping
    String home() {
        return "redirect:/cooperation/funding/applications";
    }

    @GetMapping("/funders")
    String list(Model model) {
        model.addAttribute("funders", funders.all());
        return "cooperation/funding/funders";
    }

    @GetMapping("/funders/new")
    String newFunder(Model model) {
        model.addAttribute("funder", new FunderForm());
        return "cooperation/funding/funder-form";
    }

    @PostMapping("/funders")
    String record(@Valid @ModelAttribute("funder") FunderForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return "cooperation/funding/funder-form";
        }
        funders.record(details(form));
        redirect.addFlashAttribute("confirmation", "funding.funder.recorded");
        return "redirect:/cooperation/funding/funders";
    }

    @GetMapping("/funders/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Funder funder = funders.byId(new FunderId(id)).orElseThrow(() -> new NotFound(id));
        FunderDetails details = funder.getDetails();
        FunderForm form = new FunderForm();
        form.setName(details.name());
        form.setKind(details.kind());
        form.setContactName(details.contactName());
        form.setContactEmail(details.contactEmail());
        form.setNotes(details.notes());
        form.setVersion(funder.getVersion());
        model.addAttribute("funder", form);
        model.addAttribute("funderId", id);
        return "cooperation/funding/funder-form";
    }

    @PostMapping("/funders/{id}")
    @FormView("cooperation/funding/funder-form")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("funder") FunderForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        model.addAttribute("funderId", id);
        if (errors.hasErrors()) {
            return "cooperation/funding/funder-form";
        }
        funders.update(new FunderId(id), form.getVersion(), details(form));
        redirect.addFlashAttribute("confirmation", "funding.funder.updated");
        return "redirect:/cooperation/funding/funders";
    }

    private static FunderDetails details(FunderForm form) {
        return new FunderDetails(FundingWebText.tidy(form.getName()), form.getKind(),
                FundingWebText.tidy(form.getContactName()), FundingWebText.tidy(form.getContactEmail()),
                FundingWebText.tidy(form.getNotes()));
    }
}
