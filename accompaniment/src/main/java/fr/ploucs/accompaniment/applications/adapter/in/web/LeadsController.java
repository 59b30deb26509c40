package fr.ploucs.accompaniment.applications.adapter.in.web;

import fr.ploucs.accompaniment.applications.application.port.in.FindApplicationsQuery;
import fr.ploucs.accompaniment.applications.application.port.in.LeadsUseCase;
import fr.ploucs.accompaniment.applications.application.port.in.LeadsUseCase.RecordLead;
import fr.ploucs.accompaniment.applications.application.port.in.SelectionNotFound;
import fr.ploucs.accompaniment.applications.domain.LeadId;
import fr.ploucs.webparts.FormView;
import fr.ploucs.webparts.RefusalRedirect;
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

import java.util.UUID;

/**
 * « Pistes »: the people with an idea the incubator could take in, from awareness's workshops (their authors agreed to
 * be contacted) or met by a coordinator; each becomes an application, or is set aside.
 */
@Controller
@RequestMapping(LeadsController.PATH)
@PreAuthorize("hasRole('COORDINATOR')")
class LeadsController {

    static final String PATH = "/accompaniment/leads";
    static final String FORM = "accompaniment/applications/lead-form";

    private final LeadsUseCase leads;
    private final FindApplicationsQuery find;

    LeadsController(LeadsUseCase leads, FindApplicationsQuery find) {
        this.leads = leads;
        this.find = find;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("leads", find.openLeads());
        return "accompaniment/applications/leads";
    }

    @GetMapping("/new")
    String newLead(Model model) {
        model.addAttribute("leadForm", new LeadForm());
        return FORM;
    }

    @PostMapping
    @FormView(FORM)
    String record(@ModelAttribute("leadForm") LeadForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return FORM;
        }
        leads.record(new RecordLead(form.getTitle(), form.getDescription(), form.getContactName(), form.getContact(),
                null));
        redirect.addFlashAttribute("confirmation", "lead.recorded");
        return "redirect:" + PATH;
    }

    @PostMapping("/{id}/dismiss")
    @RefusalRedirect(PATH)
    String dismiss(@PathVariable UUID id, @RequestParam(name = "version", required = false) Long version,
                   RedirectAttributes redirect) {
        LeadId leadId = new LeadId(id);
        find.lead(leadId).orElseThrow(() -> new SelectionNotFound(id));
        leads.dismiss(leadId, version);
        redirect.addFlashAttribute("confirmation", "lead.dismissed");
        return "redirect:" + PATH;
    }
}
