package fr.ploucs.cooperation.partners.adapter.in.web;

import fr.ploucs.sharedkernel.NotFound;

import fr.ploucs.cooperation.partners.application.port.in.FindPartnersQuery;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery.Resolution;
import fr.ploucs.cooperation.partners.application.port.in.ManagePartnersUseCase;
import fr.ploucs.cooperation.partners.application.port.in.ManagePartnersUseCase.AddContact;
import fr.ploucs.cooperation.partners.application.port.in.ManagePartnersUseCase.LogInteraction;
import fr.ploucs.cooperation.partners.application.port.in.ManagePartnersUseCase.PartnerFields;
import fr.ploucs.cooperation.partners.application.port.in.PartnerNotFound;
import fr.ploucs.sharedkernel.territory.Commune;
import fr.ploucs.sharedkernel.territory.Epci;
import fr.ploucs.cooperation.partners.domain.InteractionKind;
import fr.ploucs.cooperation.partners.domain.Partner;
import fr.ploucs.cooperation.partners.domain.PartnerId;
import fr.ploucs.cooperation.partners.domain.PartnerKind;
import fr.ploucs.cooperation.partners.domain.PartnerRuleViolation;
import fr.ploucs.webparts.FormView;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Partners and territory: the list with its search, add and change a partner (its commune or EPCI chosen with the
 * territory pickers and checked against the reference), the partner page with its contacts and its log of exchanges.
 */
@Controller
@RequestMapping("/cooperation/partners")
@PreAuthorize("hasRole('COORDINATOR')")
class PartnersController {

    private static final Set<String> PARTNER_FIELDS = Set.of("kind", "name", "commune", "epci", "address", "website",
            "notes");

    private final ManagePartnersUseCase partners;
    private final FindPartnersQuery query;
    private final FindTerritoryQuery territory;
    private final PartnerWebMapper mapper;
    private final Clock clock;

    PartnersController(ManagePartnersUseCase partners, FindPartnersQuery query, FindTerritoryQuery territory,
                       PartnerWebMapper mapper, Clock clock) {
        this.partners = partners;
        this.query = query;
        this.territory = territory;
        this.mapper = mapper;
        this.clock = clock;
    }

    @ModelAttribute("partnerKinds")
    @PreAuthorize("permitAll()")
    PartnerKind[] partnerKinds() {
        return PartnerKind.values();
    }

    @ModelAttribute("interactionKinds")
    @PreAuthorize("permitAll()")
    InteractionKind[] interactionKinds() {
        return InteractionKind.values();
    }

    @GetMapping
    String list(@RequestParam(name = "q", required = false) String q,
                @RequestParam(name = "kind", required = false) PartnerKind kind, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("partners", query.search(q, kind).stream().map(mapper::toView).toList());
        return "cooperation/partners/list";
    }

    @GetMapping("/new")
    String newPartner(Model model) {
        model.addAttribute("partner", new PartnerForm());
        return partnerForm(null, model);
    }

    @PostMapping
    String register(@Valid @ModelAttribute("partner") PartnerForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        PartnerFields fields = fields(form, errors);
        if (errors.hasErrors()) {
            return partnerForm(null, model);
        }
        try {
            PartnerId id = partners.register(fields);
            redirect.addFlashAttribute("confirmation", "partner.registered");
            return "redirect:/cooperation/partners/" + id;
        } catch (PartnerRuleViolation e) {
            reject(e, errors, PARTNER_FIELDS);
            return partnerForm(null, model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        Partner partner = load(id);
        model.addAttribute("partnerContact", new PartnerContactForm());
        PartnerInteractionForm interaction = new PartnerInteractionForm();
        interaction.setDate(LocalDate.now(clock));
        model.addAttribute("partnerLog", interaction);
        return partnerPage(partner, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        model.addAttribute("partner", mapper.toForm(load(id)));
        return partnerForm(id, model);
    }

    @PostMapping("/{id}")
    @FormView("cooperation/partners/form")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("partner") PartnerForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        load(id);
        String page = partnerForm(id, model);
        PartnerFields fields = fields(form, errors);
        if (errors.hasErrors()) {
            return page;
        }
        try {
            partners.update(new PartnerId(id), form.getVersion(), fields);
        } catch (PartnerRuleViolation e) {
            reject(e, errors, PARTNER_FIELDS);
            return page;
        }
        redirect.addFlashAttribute("confirmation", "partner.updated");
        return "redirect:/cooperation/partners/" + id;
    }

    @PostMapping("/{id}/contacts")
    String addContact(@PathVariable UUID id, @Valid @ModelAttribute("partnerContact") PartnerContactForm form,
                      BindingResult errors, Model model, RedirectAttributes redirect) {
        Partner partner = load(id);
        if (!errors.hasErrors()) {
            try {
                partners.addContact(new AddContact(partner.getId(), form.getName(), form.getRole(), form.getEmail(),
                        form.getPhone()));
                redirect.addFlashAttribute("confirmation", "partner-contact.added");
                return "redirect:/cooperation/partners/" + id + "#contacts-title";
            } catch (PartnerRuleViolation e) {
                reject(e, errors, Set.of("name", "role", "email", "phone"));
            }
        }
        PartnerInteractionForm interaction = new PartnerInteractionForm();
        interaction.setDate(LocalDate.now(clock));
        model.addAttribute("partnerLog", interaction);
        return partnerPage(partner, model);
    }

    @PostMapping("/{id}/interactions")
    String logInteraction(@PathVariable UUID id, @Valid @ModelAttribute("partnerLog") PartnerInteractionForm form,
                          BindingResult errors, Authentication authentication, Model model,
                          RedirectAttributes redirect) {
        Partner partner = load(id);
        if (!errors.hasErrors()) {
            try {
                partners.logInteraction(new LogInteraction(partner.getId(), form.getDate(), form.getKind(),
                        form.getSummary(), form.getFollowUp(), authentication.getName()));
                redirect.addFlashAttribute("confirmation", "partner-log.logged");
                return "redirect:/cooperation/partners/" + id + "#log-title";
            } catch (PartnerRuleViolation e) {
                reject(e, errors, Set.of("date", "kind", "summary", "followUp"));
            }
        }
        model.addAttribute("partnerContact", new PartnerContactForm());
        return partnerPage(partner, model);
    }

    /**
     * The partner as typed, with the commune and EPCI read back against the territory reference; what cannot be read
     * back is rejected next to its field, in French.
     */
    private PartnerFields fields(PartnerForm form, BindingResult errors) {
        String communeCode = null;
        if (!errors.hasFieldErrors("commune")) {
            Resolution<Commune> commune = territory.resolveCommune(form.getCommune());
            if (commune.refused()) {
                errors.rejectValue("commune", commune.problem(), new Object[]{form.getCommune().strip()}, null);
            }
            communeCode = commune.value().map(Commune::code).orElse(null);
        }
        String epciCode = null;
        if (form.getKind() == PartnerKind.EPCI && !errors.hasFieldErrors("epci")) {
            Resolution<Epci> epci = territory.resolveEpci(form.getEpci());
            if (epci.refused()) {
                errors.rejectValue("epci", epci.problem(), new Object[]{form.getEpci().strip()}, null);
            }
            epciCode = epci.value().map(Epci::code).orElse(null);
        }
        if (form.getKind() == PartnerKind.COMMUNE && communeCode == null && !errors.hasFieldErrors("commune")) {
            errors.rejectValue("commune", "partner.commune.required");
        }
        if (form.getKind() == PartnerKind.EPCI && epciCode == null && !errors.hasFieldErrors("epci")) {
            errors.rejectValue("epci", "partner.epci.required");
        }
        boolean named = form.getName() != null && !form.getName().isBlank();
        if (!named && form.getKind() != null && form.getKind() != PartnerKind.COMMUNE
                && form.getKind() != PartnerKind.EPCI && !errors.hasFieldErrors("name")) {
            errors.rejectValue("name", "partner.name.required");
        }
        if (form.getKind() == null) {
            return null;
        }
        return new PartnerFields(form.getKind(), form.getName(), communeCode, epciCode, form.getAddress(),
                form.getWebsite(), form.getNotes());
    }

    private static void reject(PartnerRuleViolation violation, BindingResult errors, Set<String> fields) {
        if (violation.field().filter(fields::contains).isPresent()) {
            errors.rejectValue(violation.field().get(), violation.reason());
        } else {
            errors.reject(violation.reason());
        }
    }

    private String partnerPage(Partner partner, Model model) {
        model.addAttribute("partner", mapper.toView(partner));
        model.addAttribute("contacts", query.contacts(partner.getId()));
        model.addAttribute("log", query.interactions(partner.getId()));
        model.addAttribute("today", LocalDate.now(clock));
        return "cooperation/partners/show";
    }

    private String partnerForm(UUID id, Model model) {
        model.addAttribute("partnerId", id);
        return "cooperation/partners/form";
    }

    private Partner load(UUID id) {
        return query.byId(new PartnerId(id)).orElseThrow(() -> new NotFound(id));
    }
}
