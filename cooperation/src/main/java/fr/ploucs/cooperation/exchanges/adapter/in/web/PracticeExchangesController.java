package fr.ploucs.cooperation.exchanges.adapter.in.web;

import fr.ploucs.sharedkernel.NotFound;

import fr.ploucs.cooperation.members.application.port.in.MemberDirectoryQuery;
import fr.ploucs.cooperation.exchanges.application.port.in.FindPracticeExchangesQuery;
import fr.ploucs.cooperation.exchanges.application.port.in.FindPracticeExchangesQuery.ExchangeSearch;
import fr.ploucs.cooperation.exchanges.application.port.in.PracticeExchangeNotFound;
import fr.ploucs.cooperation.exchanges.application.port.in.RecordPracticeExchangeUseCase;
import fr.ploucs.cooperation.exchanges.application.port.in.RecordPracticeExchangeUseCase.RecordExchange;
import fr.ploucs.cooperation.exchanges.application.port.in.RecordPracticeExchangeUseCase.UpdateExchange;
import fr.ploucs.cooperation.shared.domain.SessionHours;
import fr.ploucs.cooperation.exchanges.domain.ExchangeLink;
import fr.ploucs.cooperation.exchanges.domain.ExchangeRuleViolation;
import fr.ploucs.cooperation.members.application.port.in.MemberDirectoryQuery.MemberEntry;
import fr.ploucs.cooperation.exchanges.domain.PracticeExchange;
import fr.ploucs.cooperation.exchanges.domain.PracticeExchangeDetails;
import fr.ploucs.cooperation.exchanges.domain.PracticeExchangeId;
import fr.ploucs.sharedkernel.MemberId;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** Practice exchanges: the list with its search, record and edit an exchange, its page. */
@Controller
@RequestMapping("/cooperation/exchanges")
@PreAuthorize("hasRole('COORDINATOR')")
class PracticeExchangesController {

    static final String FORM = "cooperation/exchanges/form";

    private final RecordPracticeExchangeUseCase recording;
    private final FindPracticeExchangesQuery exchanges;
    private final MemberDirectoryQuery members;
    private final ExchangesTrainingWebMapper mapper;
    private final Clock clock;

    PracticeExchangesController(RecordPracticeExchangeUseCase recording, FindPracticeExchangesQuery exchanges,
                                MemberDirectoryQuery members, ExchangesTrainingWebMapper mapper, Clock clock) {
        this.recording = recording;
        this.exchanges = exchanges;
        this.members = members;
        this.mapper = mapper;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(name = "q", required = false) String words,
                @RequestParam(name = "year", required = false) Integer year,
                @RequestParam(name = "member", required = false) UUID member, Model model) {
        Map<MemberId, String> names = memberNames();
        ExchangeSearch criteria = new ExchangeSearch(words, year, member == null ? null : new MemberId(member));
        model.addAttribute("q", criteria.words());
        model.addAttribute("year", year);
        model.addAttribute("member", member);
        model.addAttribute("filtered", !criteria.words().isEmpty() || year != null || member != null);
        Set<Integer> years = new TreeSet<>(java.util.Comparator.reverseOrder());
        years.addAll(exchanges.years());
        years.add(LocalDate.now(clock).getYear());
        model.addAttribute("years", years);
        model.addAttribute("members", choices(members.everyMember()));
        model.addAttribute("exchanges", exchanges.search(criteria).stream().map(e -> mapper.toView(e, names)).toList());
        return "cooperation/exchanges/list";
    }

    @GetMapping("/new")
    String newExchange(Model model) {
        PracticeExchangeForm form = new PracticeExchangeForm();
        form.setDate(LocalDate.now(clock));
        model.addAttribute("practiceExchange", form);
        return exchangeForm(null, List.of(), model);
    }

    @PostMapping
    String record(@Valid @ModelAttribute("practiceExchange") PracticeExchangeForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        PracticeExchangeDetails details = validate(form, errors);
        if (details == null) {
            return exchangeForm(null, List.of(), model);
        }
        try {
            PracticeExchangeId id = recording.record(new RecordExchange(details));
            redirect.addFlashAttribute("confirmation", "exchange.recorded");
            return "redirect:/cooperation/exchanges/" + id;
        } catch (ExchangeRuleViolation e) {
            reject(e, errors);
            return exchangeForm(null, List.of(), model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("exchange", mapper.toView(load(id), memberNames()));
        return "cooperation/exchanges/show";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        PracticeExchange exchange = load(id);
        model.addAttribute("practiceExchange", mapper.toForm(exchange));
        return exchangeForm(id, recorded(exchange), model);
    }

    @PostMapping("/{id}")
    @FormView("cooperation/exchanges/form")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("practiceExchange") PracticeExchangeForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        PracticeExchange current = load(id);
        PracticeExchangeDetails details = validate(form, errors);
        String page = exchangeForm(id, recorded(current), model);
        if (details == null) {
            return page;
        }
        try {
            recording.update(new UpdateExchange(current.getId(), form.getVersion(), details));
        } catch (ExchangeRuleViolation e) {
            reject(e, errors);
            return page;
        }
        redirect.addFlashAttribute("confirmation", "exchange.updated");
        return "redirect:/cooperation/exchanges/" + id;
    }

    /** The rules the form alone cannot check, each next to its field; null when anything is refused. */
    private PracticeExchangeDetails validate(PracticeExchangeForm form, BindingResult errors) {
        if (!errors.hasFieldErrors("hours") && form.getHours() != null) {
            var hours = form.hoursValue();
            if (hours.compareTo(PracticeExchangeDetails.MIN_HOURS) < 0
                    || hours.compareTo(SessionHours.MAX) > 0) {
                errors.rejectValue("hours", "exchange.hours.range");
            }
        }
        for (int i = 0; i < form.getLinks().size(); i++) {
            PracticeExchangeForm.LinkLine line = form.getLinks().get(i);
            if (line == null || line.isBlank()) {
                continue;
            }
            if (line.getTitle() == null || line.getTitle().isBlank()) {
                errors.rejectValue("links[" + i + "].title", "exchange.link.title.required");
            }
            if (!errors.hasFieldErrors("links[" + i + "].url") && !ExchangeLink.isWebAddress(line.getUrl())) {
                errors.rejectValue("links[" + i + "].url", "exchange.link.url.invalid");
            }
        }
        if (errors.hasErrors()) {
            return null;
        }
        try {
            return mapper.toDetails(form);
        } catch (ExchangeRuleViolation e) {
            reject(e, errors);
            return null;
        }
    }

    private static void reject(ExchangeRuleViolation violation, BindingResult errors) {
        String reason = violation.reason();
        switch (reason) {
            case "exchange.attendees.not-member", "exchange.attendees.required" ->
                    errors.rejectValue("attendeeIds", reason);
            case "exchange.facilitatorMember.not-member" -> errors.rejectValue("facilitatorMemberId", reason);
            case "exchange.hours.range", "exchange.hours.precision" -> errors.rejectValue("hours", reason);
            case "exchange.topic.required" -> errors.rejectValue("topic", reason);
            case "exchange.facilitatorName.required" -> errors.rejectValue("facilitatorName", reason);
            default -> errors.reject(reason);
        }
    }

    private String exchangeForm(UUID id, Collection<MemberId> alsoInclude, Model model) {
        PracticeExchangeForm form = (PracticeExchangeForm) model.getAttribute("practiceExchange");
        if (form != null) {
            form.padLinks();
        }
        model.addAttribute("exchangeId", id);
        // Today's members, plus those already on the exchange who have left since (so that it stays editable).
        List<MemberEntry> choosable = new ArrayList<>(members.currentMembers());
        alsoInclude.stream().distinct()
                .filter(recorded -> choosable.stream().noneMatch(m -> m.id().equals(recorded)))
                .forEach(recorded -> members.entryOf(recorded).ifPresent(choosable::add));
        choosable.sort(java.util.Comparator.comparing(m -> m.name(), String.CASE_INSENSITIVE_ORDER));
        model.addAttribute("choosableMembers", choices(choosable));
        return FORM;
    }

    private static List<MemberId> recorded(PracticeExchange exchange) {
        List<MemberId> ids = new ArrayList<>(exchange.getDetails().attendees());
        ids.add(exchange.getDetails().facilitatorMember());
        return ids;
    }

    private static List<ExchangesMemberChoice> choices(List<MemberEntry> found) {
        return found.stream().map(m -> new ExchangesMemberChoice(m.id().value(), m.name())).toList();
    }

    private Map<MemberId, String> memberNames() {
        return members.everyMember().stream()
                .collect(Collectors.toMap(MemberEntry::id, MemberEntry::name, (a, b) -> a));
    }

    private PracticeExchange load(UUID id) {
        return exchanges.byId(new PracticeExchangeId(id))
                .orElseThrow(() -> new NotFound(id));
    }
}
