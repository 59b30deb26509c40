package fr.ploucs.awareness.workshops.adapter.in.web;

import fr.ploucs.awareness.workshops.application.port.in.FindWorkshopsQuery;
import fr.ploucs.awareness.workshops.application.port.in.WorkshopNotFound;
import fr.ploucs.awareness.workshops.application.port.in.WorkshopsUseCase;
import fr.ploucs.awareness.workshops.application.port.in.WorkshopsUseCase.Consent;
import fr.ploucs.awareness.workshops.application.port.in.WorkshopsUseCase.NoteIdea;
import fr.ploucs.awareness.workshops.application.port.in.WorkshopsUseCase.RecordWorkshop;
import fr.ploucs.awareness.workshops.domain.Idea;
import fr.ploucs.awareness.workshops.domain.IdeaId;
import fr.ploucs.awareness.workshops.domain.Workshop;
import fr.ploucs.awareness.workshops.domain.WorkshopId;
import fr.ploucs.sharedkernel.territory.Commune;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery.Resolution;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Workshops with young people (« ateliers jeunes »): the list, recording one (its commune chosen with the territory
 * picker), its page with the ideas that came out of it, noting an idea and recording its author's consent to be
 * contacted, after which the idea is passed on to accompaniment (once). Coordinators only.
 */
@Controller
@RequestMapping(WorkshopsController.PATH)
@PreAuthorize("hasRole('COORDINATOR')")
class WorkshopsController {

    static final String PATH = "/awareness/workshops";
    private static final String LIST = "awareness/workshops/list";
    private static final String FORM = "awareness/workshops/form";
    private static final String SHOW = "awareness/workshops/show";
    private static final String CONSENT = "awareness/workshops/consent";

    private final WorkshopsUseCase workshops;
    private final FindWorkshopsQuery query;
    private final FindTerritoryQuery territory;
    private final Clock clock;

    WorkshopsController(WorkshopsUseCase workshops, FindWorkshopsQuery query, FindTerritoryQuery territory,
                        Clock clock) {
        this.workshops = workshops;
        this.query = query;
        this.territory = territory;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("workshops", query.workshops().stream().map(this::view).toList());
        return LIST;
    }

    @GetMapping("/new")
    String newWorkshop(Model model) {
        WorkshopForm form = new WorkshopForm();
        form.setHeldOn(today());
        model.addAttribute("workshop", form);
        return form(model);
    }

    @PostMapping
    @FormView(FORM)
    String record(@Valid @ModelAttribute("workshop") WorkshopForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        String page = form(model);
        String communeCode = null;
        if (!errors.hasFieldErrors("communeCode")) {
            Resolution<Commune> commune = territory.resolveCommune(form.getCommuneCode());
            if (commune.refused()) {
                errors.rejectValue("communeCode", commune.problem(), new Object[]{form.getCommuneCode().strip()},
                        null);
            }
            communeCode = commune.value().map(Commune::code).orElse(null);
        }
        if (errors.hasErrors()) {
            return page;
        }
        WorkshopId id = workshops.record(new RecordWorkshop(form.getTheme(), form.getHeldOn(), communeCode,
                form.getParticipants()));
        redirect.addFlashAttribute("confirmation", "awareness.workshops.recorded");
        return "redirect:" + PATH + "/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Model model) {
        Workshop workshop = load(id);
        IdeaForm idea = new IdeaForm();
        model.addAttribute("idea", idea);
        return page(workshop, model);
    }

    /** What the workshop's page needs around a refused idea form. */
    void refillShow(@PathVariable String id, Model model) {
        page(load(id), model);
    }

    @PostMapping("/{id}/ideas")
    @FormView(value = SHOW, refill = "refillShow")
    String noteIdea(@PathVariable String id, @Valid @ModelAttribute("idea") IdeaForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect) {
        Workshop workshop = load(id);
        if (errors.hasErrors()) {
            return page(workshop, model);
        }
        workshops.noteIdea(new NoteIdea(workshop.id(), form.getTitle(), form.getDescription(), form.getAuthorName(),
                form.getAuthorContact(), form.getConsentGivenOn()));
        redirect.addFlashAttribute("confirmation", form.getConsentGivenOn() == null
                ? "awareness.workshops.idea.noted" : "awareness.workshops.idea.noted-and-passed-on");
        return "redirect:" + PATH + "/" + id + "#ideas-title";
    }

    @GetMapping("/{id}/ideas/{ideaId}/consent")
    String consentForm(@PathVariable String id, @PathVariable String ideaId, Model model) {
        Workshop workshop = load(id);
        Idea idea = idea(workshop, ideaId);
        if (idea.consentGivenOn() != null) {
            return "redirect:" + PATH + "/" + id + "#ideas-title";
        }
        ConsentForm form = new ConsentForm();
        form.setConsentGivenOn(today());
        model.addAttribute("consent", form);
        return consentPage(workshop, idea, model);
    }

    /** What the consent page needs around a refused form. */
    void refillConsent(@PathVariable String id, @PathVariable String ideaId, Model model) {
        Workshop workshop = load(id);
        consentPage(workshop, idea(workshop, ideaId), model);
    }

    @PostMapping("/{id}/ideas/{ideaId}/consent")
    @FormView(value = CONSENT, refill = "refillConsent")
    String consent(@PathVariable String id, @PathVariable String ideaId,
                   @Valid @ModelAttribute("consent") ConsentForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        Workshop workshop = load(id);
        Idea idea = idea(workshop, ideaId);
        if (errors.hasErrors()) {
            return consentPage(workshop, idea, model);
        }
        workshops.consent(new Consent(idea.id(), form.getAuthorContact(), form.getConsentGivenOn()));
        redirect.addFlashAttribute("confirmation", "awareness.workshops.idea.passed-on");
        return "redirect:" + PATH + "/" + id + "#ideas-title";
    }

    private String form(Model model) {
        model.addAttribute("today", today());
        return FORM;
    }

    private String page(Workshop workshop, Model model) {
        model.addAttribute("workshop", view(workshop));
        model.addAttribute("ideas", query.ideasOf(workshop.id()));
        model.addAttribute("today", today());
        return SHOW;
    }

    private String consentPage(Workshop workshop, Idea idea, Model model) {
        model.addAttribute("workshop", view(workshop));
        model.addAttribute("ideaShown", idea);
        model.addAttribute("today", today());
        return CONSENT;
    }

    private WorkshopView view(Workshop workshop) {
        String label = territory.commune(workshop.communeCode()).map(Commune::label).orElse(workshop.communeCode());
        return new WorkshopView(workshop.id().value(), workshop.theme(), workshop.heldOn(), workshop.communeCode(),
                label, workshop.participants());
    }

    private Workshop load(String id) {
        WorkshopId workshopId = new WorkshopId(uuid(id));
        return query.workshop(workshopId).orElseThrow(() -> new WorkshopNotFound(id));
    }

    /** The idea, if it came out of this workshop: any other is not found here. */
    private Idea idea(Workshop workshop, String ideaId) {
        IdeaId wanted = new IdeaId(uuid(ideaId));
        return query.ideasOf(workshop.id()).stream().filter(idea -> idea.id().equals(wanted)).findFirst()
                .orElseThrow(() -> new WorkshopNotFound(ideaId));
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new WorkshopNotFound(text);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
