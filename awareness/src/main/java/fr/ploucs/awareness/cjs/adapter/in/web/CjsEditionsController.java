package fr.ploucs.awareness.cjs.adapter.in.web;

import fr.ploucs.awareness.cjs.application.port.in.CjsNotFound;
import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase;
import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase.AddClient;
import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase.AddCommitteeMember;
import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase.Enrol;
import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase.FacilitatorChoice;
import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase.HoldMeeting;
import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase.OpenEdition;
import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase.RecordDecision;
import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase.RecordHours;
import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase.Sell;
import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase.SetFacilitators;
import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase.ShareOutSurplus;
import fr.ploucs.awareness.cjs.application.port.in.FindCjsQuery;
import fr.ploucs.awareness.cjs.application.port.in.FindCjsQuery.CooperantStatus;
import fr.ploucs.awareness.cjs.application.port.in.FindCjsQuery.MeetingRecord;
import fr.ploucs.awareness.cjs.domain.CooperantId;
import fr.ploucs.awareness.cjs.domain.Edition;
import fr.ploucs.awareness.cjs.domain.EditionId;
import fr.ploucs.awareness.cjs.domain.Facilitator;
import fr.ploucs.awareness.cjs.domain.SaleId;
import fr.ploucs.awareness.cjs.domain.SurplusShareOut;
import fr.ploucs.awareness.facilitators.application.port.in.FacilitatingMemberSummary;
import fr.ploucs.awareness.facilitators.application.port.in.ListFacilitatingMembersQuery;
import fr.ploucs.awareness.facilitators.application.port.in.ListFacilitatingMembersUseCase;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.Money;
import fr.ploucs.sharedkernel.territory.Commune;
import fr.ploucs.sharedkernel.territory.Epci;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery.Resolution;
import fr.ploucs.webparts.FormView;
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

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The CJS for coordinators: the editions and opening one (its territory a commune or an EPCI, with the territory
 * pickers), then the edition's page with everything about it, each part with its own small form (facilitators,
 * local committee, cooperants and what they miss, clients and sales, hours, meetings and decisions, surplus).
 */
@Controller
@RequestMapping(CjsEditionsController.PATH)
@PreAuthorize("hasRole('COORDINATOR')")
class CjsEditionsController {

    static final String PATH = "/awareness/cjs";
    static final String EDITION_PAGE = "awareness/cjs/edition";
    static final String EDITION_FORM = "awareness/cjs/edition-form";
    static final String COOPERANT_FORM = "awareness/cjs/cooperant-form";

    private final CjsUseCase cjs;
    private final FindCjsQuery query;
    private final FindTerritoryQuery territory;
    private final ListFacilitatingMembersUseCase members;
    private final Clock clock;

    CjsEditionsController(CjsUseCase cjs, FindCjsQuery query, FindTerritoryQuery territory,
                          ListFacilitatingMembersUseCase members, Clock clock) {
        this.cjs = cjs;
        this.query = query;
        this.territory = territory;
        this.members = members;
        this.clock = clock;
    }

    /** An edition in the list: its territory named from the reference. */
    record EditionLine(Edition edition, String territory) {
    }

    /** A cooperant on the edition's page: status, hours worked and share of the surplus. */
    record CooperantLine(CooperantStatus status, BigDecimal hours, Money share) {
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("editions", query.editions().stream()
                .map(edition -> new EditionLine(edition, territoryName(edition))).toList());
        return "awareness/cjs/list";
    }

    @GetMapping("/new")
    String newEdition(Model model) {
        model.addAttribute("editionForm", new EditionForm());
        return EDITION_FORM;
    }

    @PostMapping
    @FormView(EDITION_FORM)
    String open(@ModelAttribute("editionForm") EditionForm form, BindingResult errors, RedirectAttributes redirect) {
        String communeCode = null;
        if (form.getCommuneCode() != null && !form.getCommuneCode().isBlank()) {
            Resolution<Commune> commune = territory.resolveCommune(form.getCommuneCode());
            if (commune.refused()) {
                errors.rejectValue("communeCode", commune.problem(), new Object[]{form.getCommuneCode().strip()},
                        null);
            }
            communeCode = commune.value().map(Commune::code).orElse(null);
        }
        String epciCode = null;
        if (form.getEpciCode() != null && !form.getEpciCode().isBlank()) {
            Resolution<Epci> epci = territory.resolveEpci(form.getEpciCode());
            if (epci.refused()) {
                errors.rejectValue("epciCode", epci.problem(), new Object[]{form.getEpciCode().strip()}, null);
            }
            epciCode = epci.value().map(Epci::code).orElse(null);
        }
        if (errors.hasErrors()) {
            return EDITION_FORM;
        }
        EditionId id = cjs.openEdition(new OpenEdition(form.getName(), communeCode, epciCode, form.getStartsOn(),
                form.getEndsOn()));
        redirect.addFlashAttribute("confirmation", "awareness.cjs.edition.opened");
        return "redirect:" + PATH + "/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Model model) {
        return editionPage(id, model);
    }

    @PostMapping("/{id}/facilitators")
    @FormView(value = EDITION_PAGE, refill = "editionPage")
    String setFacilitators(@PathVariable String id, @ModelAttribute("facilitatorsForm") FacilitatorsForm form,
                           BindingResult errors, Model model, RedirectAttributes redirect) {
        Edition edition = edition(id);
        if (errors.hasErrors()) {
            return editionPage(id, model);
        }
        List<FacilitatorChoice> choices = form.getFacilitators() == null ? List.of() : form.getFacilitators()
                .stream().filter(line -> line != null && !line.blank())
                .map(line -> new FacilitatorChoice(line.getMemberId() == null ? null : new MemberId(line.getMemberId()),
                        line.getPersonName(), line.getPersonEmail()))
                .toList();
        cjs.setFacilitators(new SetFacilitators(edition.id(), choices));
        return saved(edition, "facilitators", "awareness.cjs.facilitators.saved", redirect);
    }

    @PostMapping("/{id}/committee")
    @FormView(value = EDITION_PAGE, refill = "editionPage")
    String addCommitteeMember(@PathVariable String id, @ModelAttribute("committeeForm") CommitteeMemberForm form,
                              BindingResult errors, Model model, RedirectAttributes redirect) {
        Edition edition = edition(id);
        if (errors.hasErrors()) {
            return editionPage(id, model);
        }
        cjs.addCommitteeMember(new AddCommitteeMember(edition.id(), form.getName(), form.getOrganisation(),
                form.getPartnerId()));
        return saved(edition, "committee", "awareness.cjs.committee.added", redirect);
    }

    @PostMapping("/{id}/clients")
    @FormView(value = EDITION_PAGE, refill = "editionPage")
    String addClient(@PathVariable String id, @ModelAttribute("clientForm") ClientForm form, BindingResult errors,
                     Model model, RedirectAttributes redirect) {
        Edition edition = edition(id);
        if (errors.hasErrors()) {
            return editionPage(id, model);
        }
        cjs.addClient(new AddClient(edition.id(), form.getName(), form.getContact()));
        return saved(edition, "clients", "awareness.cjs.client.added", redirect);
    }

    @PostMapping("/{id}/sales")
    @FormView(value = EDITION_PAGE, refill = "editionPage")
    String sell(@PathVariable String id, @ModelAttribute("saleForm") SaleForm form, BindingResult errors,
                Model model, RedirectAttributes redirect) {
        Edition edition = edition(id);
        if (errors.hasErrors()) {
            return editionPage(id, model);
        }
        cjs.sell(new Sell(edition.id(), form.getClient(), form.getDescription(), form.getAmount(), form.getSoldOn()));
        return saved(edition, "sales", "awareness.cjs.sale.recorded", redirect);
    }

    @PostMapping("/{id}/hours")
    @FormView(value = EDITION_PAGE, refill = "editionPage")
    String recordHours(@PathVariable String id, @ModelAttribute("hoursForm") HoursForm form, BindingResult errors,
                       Model model, RedirectAttributes redirect) {
        Edition edition = edition(id);
        if (!errors.hasFieldErrors("saleId") && (form.getSaleId() == null || query.sales(edition.id()).stream()
                .noneMatch(sale -> sale.id().value().equals(form.getSaleId())))) {
            errors.rejectValue("saleId", "awareness.cjs.hours.sale.required");
        }
        if (!errors.hasFieldErrors("cooperantId") && (form.getCooperantId() == null || query.cooperants(edition.id())
                .stream().noneMatch(status -> status.cooperant().id().value().equals(form.getCooperantId())))) {
            errors.rejectValue("cooperantId", "awareness.cjs.hours.cooperant.required");
        }
        if (errors.hasErrors()) {
            return editionPage(id, model);
        }
        cjs.recordHours(new RecordHours(new SaleId(form.getSaleId()), new CooperantId(form.getCooperantId()),
                form.getHours()));
        return saved(edition, "hours", "awareness.cjs.hours.recorded", redirect);
    }

    @PostMapping("/{id}/meetings")
    @FormView(value = EDITION_PAGE, refill = "editionPage")
    String holdMeeting(@PathVariable String id, @ModelAttribute("meetingForm") MeetingForm form,
                       BindingResult errors, Model model, RedirectAttributes redirect) {
        Edition edition = edition(id);
        if (errors.hasErrors()) {
            return editionPage(id, model);
        }
        cjs.holdMeeting(new HoldMeeting(edition.id(), form.getHeldOn(), form.getSubject()));
        return saved(edition, "meetings", "awareness.cjs.meeting.recorded", redirect);
    }

    @PostMapping("/{id}/decisions")
    @FormView(value = EDITION_PAGE, refill = "editionPage")
    String recordDecision(@PathVariable String id, @ModelAttribute("decisionForm") DecisionForm form,
                          BindingResult errors, Model model, RedirectAttributes redirect) {
        Edition edition = edition(id);
        if (!errors.hasFieldErrors("meetingId") && (form.getMeetingId() == null || query.meetings(edition.id())
                .stream().noneMatch(meeting -> meeting.meeting().id().equals(form.getMeetingId())))) {
            errors.rejectValue("meetingId", "awareness.cjs.decision.meeting.required");
        }
        if (errors.hasErrors()) {
            return editionPage(id, model);
        }
        cjs.recordDecision(new RecordDecision(form.getMeetingId(), form.getText()));
        return saved(edition, "meetings", "awareness.cjs.decision.recorded", redirect);
    }

    @PostMapping("/{id}/surplus")
    @FormView(value = EDITION_PAGE, refill = "editionPage")
    String shareOutSurplus(@PathVariable String id, @ModelAttribute("surplusForm") SurplusForm form,
                           BindingResult errors, Model model, RedirectAttributes redirect) {
        Edition edition = edition(id);
        if (errors.hasErrors()) {
            return editionPage(id, model);
        }
        Map<CooperantId, Money> shares = new LinkedHashMap<>();
        if (form.getShares() != null) {
            for (SurplusForm.Share share : form.getShares()) {
                if (share != null && share.getCooperantId() != null) {
                    shares.merge(new CooperantId(share.getCooperantId()),
                            share.getAmount() == null ? Money.ZERO : share.getAmount(), Money::plus);
                }
            }
        }
        cjs.shareOutSurplus(new ShareOutSurplus(edition.id(), form.getSurplus(), shares));
        return saved(edition, "surplus", "awareness.cjs.surplus.saved", redirect);
    }

    @GetMapping("/{id}/cooperants/new")
    String newCooperant(@PathVariable String id, Model model) {
        model.addAttribute("cooperantForm", new CooperantForm());
        return cooperantForm(id, model);
    }

    @PostMapping("/{id}/cooperants")
    @FormView(value = COOPERANT_FORM, refill = "cooperantForm")
    String enrol(@PathVariable String id, @ModelAttribute("cooperantForm") CooperantForm form, BindingResult errors,
                 Model model, RedirectAttributes redirect) {
        Edition edition = edition(id);
        if (errors.hasErrors()) {
            return cooperantForm(id, model);
        }
        CooperantId cooperant = cjs.enrol(new Enrol(edition.id(), form.getFirstName(), form.getLastName(),
                form.getBirthDate()));
        redirect.addFlashAttribute("confirmation", "awareness.cjs.cooperant.enrolled");
        return "redirect:" + PATH + "/cooperants/" + cooperant;
    }

    /** The enrolment form around its edition. */
    String cooperantForm(@PathVariable String id, Model model) {
        model.addAttribute("edition", edition(id));
        return COOPERANT_FORM;
    }

    /** The edition's page: everything about it, and every part's form not already in the model. */
    String editionPage(@PathVariable String id, Model model) {
        Edition edition = edition(id);
        EditionId editionId = edition.id();
        List<CooperantStatus> cooperants = query.cooperants(editionId);
        Map<CooperantId, BigDecimal> hours = query.hoursPerCooperant(editionId);
        Optional<SurplusShareOut> surplus = query.surplus(editionId);
        Map<CooperantId, Money> shares = new LinkedHashMap<>();
        surplus.ifPresent(shareOut -> shareOut.shares().forEach(share -> shares.put(share.cooperantId(),
                share.amount())));
        List<Facilitator> facilitators = query.facilitators(editionId);
        List<MeetingRecord> meetings = query.meetings(editionId);
        model.addAttribute("edition", edition);
        model.addAttribute("territory", territoryName(edition));
        model.addAttribute("facilitators", facilitators);
        model.addAttribute("committee", query.committee(editionId));
        model.addAttribute("cooperants", cooperants.stream()
                .map(status -> new CooperantLine(status, hours.getOrDefault(status.cooperant().id(),
                        BigDecimal.ZERO.setScale(2)), shares.get(status.cooperant().id())))
                .toList());
        model.addAttribute("activeCooperants", cooperants.stream().filter(CooperantStatus::active).toList());
        model.addAttribute("clients", query.clients(editionId));
        model.addAttribute("sales", query.sales(editionId));
        model.addAttribute("revenue", query.revenue(editionId));
        model.addAttribute("meetings", meetings);
        model.addAttribute("surplus", surplus.orElse(null));
        model.addAttribute("activeMembers", members.list(ListFacilitatingMembersQuery.activeOnly()).stream()
                .filter(FacilitatingMemberSummary::active).toList());
        if (!model.containsAttribute("facilitatorsForm")) {
            FacilitatorsForm form = new FacilitatorsForm();
            for (int i = 0; i < facilitators.size() && i < Facilitator.MAX; i++) {
                Facilitator facilitator = facilitators.get(i);
                form.getFacilitators().set(i, new FacilitatorsForm.Line(facilitator.memberId().value(),
                        facilitator.personName(), facilitator.personEmail()));
            }
            model.addAttribute("facilitatorsForm", form);
        }
        addIfAbsent(model, "committeeForm", new CommitteeMemberForm());
        addIfAbsent(model, "clientForm", new ClientForm());
        if (!model.containsAttribute("saleForm")) {
            SaleForm sale = new SaleForm();
            LocalDate today = LocalDate.now(clock);
            sale.setSoldOn(today.isBefore(edition.startsOn()) || today.isAfter(edition.endsOn())
                    ? edition.startsOn() : today);
            model.addAttribute("saleForm", sale);
        }
        addIfAbsent(model, "hoursForm", new HoursForm());
        addIfAbsent(model, "meetingForm", new MeetingForm());
        addIfAbsent(model, "decisionForm", new DecisionForm());
        if (!model.containsAttribute("surplusForm")) {
            SurplusForm form = new SurplusForm();
            form.setSurplus(surplus.map(SurplusShareOut::surplus).orElse(null));
            cooperants.forEach(status -> form.getShares().add(new SurplusForm.Share(status.cooperant().id().value(),
                    status.cooperant().firstName() + " " + status.cooperant().lastName(),
                    shares.get(status.cooperant().id()))));
            model.addAttribute("surplusForm", form);
        }
        return EDITION_PAGE;
    }

    private static void addIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    private static String saved(Edition edition, String part, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("confirmation", message);
        return "redirect:" + PATH + "/" + edition.id() + "#" + part;
    }

    private String territoryName(Edition edition) {
        if (edition.communeCode() != null) {
            return territory.commune(edition.communeCode())
                    .map(commune -> commune.name() + " (" + commune.code() + ")").orElse(edition.communeCode());
        }
        return territory.epci(edition.epciCode()).map(Epci::name).orElse(edition.epciCode());
    }

    private Edition edition(String id) {
        return query.edition(new EditionId(CjsIds.parse(id))).orElseThrow(() -> new CjsNotFound(id));
    }
}
