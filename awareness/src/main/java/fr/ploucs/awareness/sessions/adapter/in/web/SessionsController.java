package fr.ploucs.awareness.sessions.adapter.in.web;

import fr.ploucs.awareness.calls.application.port.in.OpenCallsUseCase;
import fr.ploucs.awareness.facilitators.application.port.in.FacilitatingMemberSummary;
import fr.ploucs.awareness.facilitators.application.port.in.ListFacilitatingMembersQuery;
import fr.ploucs.awareness.facilitators.application.port.in.ListFacilitatingMembersUseCase;
import fr.ploucs.awareness.partners.application.port.in.FindPartnersQuery;
import fr.ploucs.awareness.partners.domain.PartnerId;
import fr.ploucs.awareness.sessions.application.port.in.FindSessionsQuery;
import fr.ploucs.awareness.sessions.application.port.in.PartnerRequestersUseCase;
import fr.ploucs.awareness.sessions.application.port.in.PlannedToolUseCase;
import fr.ploucs.awareness.sessions.application.port.in.SessionNotFound;
import fr.ploucs.awareness.sessions.application.port.in.SessionSpeakersUseCase;
import fr.ploucs.awareness.sessions.application.port.in.SessionsUseCase;
import fr.ploucs.awareness.sessions.application.port.in.SessionsUseCase.Cancel;
import fr.ploucs.awareness.sessions.application.port.in.SessionsUseCase.CreateRequester;
import fr.ploucs.awareness.sessions.application.port.in.SessionsUseCase.Deliver;
import fr.ploucs.awareness.sessions.application.port.in.SessionsUseCase.Evaluate;
import fr.ploucs.awareness.sessions.application.port.in.SessionsUseCase.Facilitator;
import fr.ploucs.awareness.sessions.application.port.in.SessionsUseCase.Request;
import fr.ploucs.awareness.sessions.application.port.in.SessionsUseCase.Schedule;
import fr.ploucs.awareness.sessions.domain.AudienceType;
import fr.ploucs.awareness.sessions.domain.AwarenessSession;
import fr.ploucs.awareness.sessions.domain.AwarenessSession.Evaluation;
import fr.ploucs.awareness.sessions.domain.Facilitation;
import fr.ploucs.awareness.sessions.domain.Requester;
import fr.ploucs.awareness.sessions.domain.RequesterId;
import fr.ploucs.awareness.sessions.domain.RequesterKind;
import fr.ploucs.awareness.sessions.domain.SessionId;
import fr.ploucs.awareness.sessions.domain.SessionStatus;
import fr.ploucs.awareness.testimonies.application.port.in.SpeakersUseCase;
import fr.ploucs.awareness.testimonies.domain.SpeakerId;
import fr.ploucs.awareness.tools.application.port.in.ToolUsesQuery;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.RuleViolation;
import fr.ploucs.sharedkernel.territory.Commune;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery.Resolution;
import fr.ploucs.webparts.FormView;
import fr.ploucs.webparts.PageLinks;
import fr.ploucs.webparts.SignedInPerson;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * « Interventions »: the sessions list (filters by status and year, pages of {@value #PAGE_SIZE}), the request form,
 * the session's page, and its steps: schedule, deliver, evaluate, cancel, invite a testimony speaker. Coordinators
 * see and do everything; a member's representative sees and evaluates only the sessions their structure
 * facilitates (any other is answered as not found).
 */
@Controller
@RequestMapping(SessionsController.PATH)
@PreAuthorize("hasRole('COORDINATOR')")
class SessionsController {

    static final String PATH = "/awareness/sessions";
    static final int PAGE_SIZE = 20;
    private static final String PARTNER = "partner:";
    private static final Pattern FACILITATOR_LINE = Pattern.compile("facilitators\\[(\\d+)]\\.(\\w+)");

    private final SessionsUseCase sessions;
    private final FindSessionsQuery find;
    private final PartnerRequestersUseCase partnerRequesters;
    private final SessionSpeakersUseCase sessionSpeakers;
    private final PlannedToolUseCase plannedTools;
    private final FindPartnersQuery partners;
    private final ListFacilitatingMembersUseCase members;
    private final ToolUsesQuery tools;
    private final SpeakersUseCase speakers;
    private final OpenCallsUseCase calls;
    private final FindTerritoryQuery territory;
    private final Clock clock;

    SessionsController(SessionsUseCase sessions, FindSessionsQuery find, PartnerRequestersUseCase partnerRequesters,
                       SessionSpeakersUseCase sessionSpeakers, PlannedToolUseCase plannedTools,
                       FindPartnersQuery partners,
                       ListFacilitatingMembersUseCase members, ToolUsesQuery tools, SpeakersUseCase speakers,
                       OpenCallsUseCase calls, FindTerritoryQuery territory, Clock clock) {
        this.sessions = sessions;
        this.find = find;
        this.partnerRequesters = partnerRequesters;
        this.sessionSpeakers = sessionSpeakers;
        this.plannedTools = plannedTools;
        this.partners = partners;
        this.members = members;
        this.tools = tools;
        this.speakers = speakers;
        this.calls = calls;
        this.territory = territory;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String list(@RequestParam(name = "status", required = false) String status,
                @RequestParam(name = "year", required = false) String year,
                @RequestParam(name = "page", required = false) String page, Authentication authentication,
                Model model) {
        boolean coordinator = SignedInPerson.isCoordinator(authentication);
        List<AwarenessSession> visible = coordinator ? find.sessions()
                : SignedInPerson.representedMember(authentication).map(find::sessionsFacilitatedBy).orElse(List.of());
        SessionStatus statusFilter = parseStatus(status);
        Integer yearFilter = parseYear(year);
        List<AwarenessSession> filtered = visible.stream()
                .filter(session -> statusFilter == null || session.getStatus() == statusFilter)
                .filter(session -> yearFilter == null || session.getDate().getYear() == yearFilter)
                .toList();
        int pageCount = Math.max(1, (filtered.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(parsePage(page), pageCount) - 1;
        Map<RequesterId, String> requesters = requesterNames();
        model.addAttribute("sessions", filtered.stream().skip((long) current * PAGE_SIZE).limit(PAGE_SIZE)
                .map(session -> line(session, requesters)).toList());
        Map<String, String> params = new LinkedHashMap<>();
        params.put("status", statusFilter == null ? null : statusFilter.name());
        params.put("year", yearFilter == null ? null : yearFilter.toString());
        model.addAttribute("pageLinks", PageLinks.of(current, pageCount, filtered.size(), PATH, params));
        model.addAttribute("statuses", SessionStatus.values());
        model.addAttribute("years", visible.stream().map(session -> session.getDate().getYear()).distinct()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("status", statusFilter);
        model.addAttribute("year", yearFilter);
        model.addAttribute("filtered", statusFilter != null || yearFilter != null);
        model.addAttribute("coordinator", coordinator);
        model.addAttribute("flagged", coordinator ? find.sessionsNeedingFacilitator().stream()
                .map(session -> line(session, requesters)).toList()
                : visible.stream().filter(AwarenessSession::isNeedsFacilitator)
                .map(session -> line(session, requesters)).toList());
        boolean upcoming = visible.stream().anyMatch(session -> session.getStatus().upcoming());
        model.addAttribute("openCalls", upcoming ? calls.stillOpenOn(today()) : List.of());
        return "awareness/sessions/list";
    }

    @GetMapping("/new")
    String newRequest(@RequestParam(name = "requester", required = false) String requester, Model model) {
        SessionRequestForm form = new SessionRequestForm();
        form.setRequesterId(requester);
        model.addAttribute("sessionRequest", form);
        model.addAttribute("requesterForm", new RequesterForm());
        return requestPage(model);
    }

    @PostMapping
    @FormView("awareness/sessions/request")
    String request(@ModelAttribute("sessionRequest") SessionRequestForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        model.addAttribute("requesterForm", new RequesterForm());
        String page = requestPage(model);
        String communeCode = communeCode(form.getCommune(), errors);
        if (errors.hasErrors()) {
            return page;
        }
        String tool = form.getTool() == null || form.getTool().isBlank() ? null : form.getTool().strip();
        if (tool != null && tools.toolNames().stream().noneMatch(tool::equals)) {
            errors.rejectValue("tool", "awareness.sessions.tool.unknown");
            return page;
        }
        RequesterId requester = requester(form.getRequesterId(), errors);
        if (errors.hasErrors()) {
            return page;
        }
        SessionId id = sessions.request(new Request(requester, form.getTitle(), form.getDate(), communeCode,
                form.getAudiences(), form.getExpectedParticipants()));
        if (tool != null) {
            plannedTools.plan(id, tool);
        }
        redirect.addFlashAttribute("confirmation", "awareness.sessions.requested");
        return "redirect:" + PATH + "/" + id;
    }

    @PostMapping("/requesters")
    @FormView("awareness/sessions/request")
    String createRequester(@ModelAttribute("requesterForm") RequesterForm form, BindingResult errors, Model model) {
        model.addAttribute("sessionRequest", new SessionRequestForm());
        String page = requestPage(model);
        if (errors.hasErrors()) {
            return page;
        }
        RequesterId id = sessions.createRequester(new CreateRequester(form.getName(), form.getKind(),
                form.getContact()));
        return "redirect:" + PATH + "/new?requester=" + id;
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    String show(@PathVariable String id, Authentication authentication, Model model) {
        AwarenessSession session = load(id, authentication);
        model.addAttribute("speakerChoice", new SessionStepForm());
        return showPage(session, authentication, model);
    }

    @PostMapping("/{id}/speakers")
    @FormView("awareness/sessions/show")
    String inviteSpeaker(@PathVariable String id, @ModelAttribute("speakerChoice") SessionStepForm form,
                         BindingResult errors, Authentication authentication, Model model,
                         RedirectAttributes redirect) {
        AwarenessSession session = load(id, authentication);
        showPage(session, authentication, model);
        sessionSpeakers.invite(session.getId(), parseUuid(form.getSpeakerId()).map(SpeakerId::new).orElse(null));
        redirect.addFlashAttribute("confirmation", "awareness.sessions.speaker.invited");
        return "redirect:" + PATH + "/" + session.getId() + "#speakers-title";
    }

    @GetMapping("/{id}/schedule")
    String scheduleForm(@PathVariable String id, Authentication authentication, Model model) {
        AwarenessSession session = load(id, authentication);
        ScheduleForm form = new ScheduleForm();
        form.setVersion(session.getVersion());
        form.setDate(session.getDate());
        for (Facilitation facilitation : session.getFacilitations()) {
            form.getFacilitators().add(new ScheduleForm.Row(facilitation.memberId().toString(),
                    facilitation.personName(), facilitation.personEmail(), facilitation.hours().toPlainString()));
        }
        model.addAttribute("schedule", form.padded());
        return schedulePage(session, model);
    }

    @PostMapping("/{id}/schedule")
    @FormView("awareness/sessions/schedule")
    String schedule(@PathVariable String id, @ModelAttribute("schedule") ScheduleForm form, BindingResult errors,
                    Authentication authentication, Model model, RedirectAttributes redirect) {
        AwarenessSession session = load(id, authentication);
        form.padded();
        String page = schedulePage(session, model);
        List<Facilitator> facilitators = new ArrayList<>();
        List<Integer> formLines = new ArrayList<>();
        for (int index = 0; index < form.getFacilitators().size(); index++) {
            ScheduleForm.Row row = form.getFacilitators().get(index);
            if (row.blank()) {
                continue;
            }
            formLines.add(index);
            Optional<UUID> member = parseUuid(row.getMemberId());
            if (member.isEmpty()) {
                errors.rejectValue("facilitations", "awareness.session.facilitation.member.not-active");
                return page;
            }
            BigDecimal hours = hours(row.getHours());
            if (hours == null && row.getHours() != null && !row.getHours().isBlank()) {
                errors.rejectValue("facilitators[" + index + "].hours", "awareness.sessions.hours.invalid");
                return page;
            }
            facilitators.add(new Facilitator(new MemberId(member.get()), row.getPersonName(), row.getPersonEmail(),
                    hours));
        }
        if (errors.hasErrors()) {
            return page;
        }
        try {
            sessions.schedule(new Schedule(session.getId(), form.getVersion(), form.getDate(), facilitators));
        } catch (RuleViolation wrong) {
            throw onFormLine(wrong, formLines);
        }
        redirect.addFlashAttribute("confirmation", "awareness.sessions.scheduled");
        return "redirect:" + PATH + "/" + session.getId();
    }

    @GetMapping("/{id}/deliver")
    String deliverForm(@PathVariable String id, Authentication authentication, Model model) {
        AwarenessSession session = load(id, authentication);
        SessionStepForm form = versioned(session);
        form.setToolUsed(plannedTools.plannedTool(session.getId()).orElse(null));
        model.addAttribute("step", form);
        return stepPage(session, "deliver", model);
    }

    @PostMapping("/{id}/deliver")
    @FormView("awareness/sessions/step")
    String deliver(@PathVariable String id, @ModelAttribute("step") SessionStepForm form, BindingResult errors,
                   Authentication authentication, Model model, RedirectAttributes redirect) {
        AwarenessSession session = load(id, authentication);
        String page = stepPage(session, "deliver", model);
        if (errors.hasErrors()) {
            return page;
        }
        sessions.deliver(new Deliver(session.getId(), form.getVersion(), form.getActualParticipants(),
                form.getToolUsed()));
        redirect.addFlashAttribute("confirmation", "awareness.sessions.delivered");
        return "redirect:" + PATH + "/" + session.getId();
    }

    @GetMapping("/{id}/evaluate")
    @PreAuthorize("isAuthenticated()")
    String evaluateForm(@PathVariable String id, Authentication authentication, Model model) {
        AwarenessSession session = load(id, authentication);
        SessionStepForm form = versioned(session);
        if (session.getEvaluation() != null) {
            form.setParticipantsFeedback(session.getEvaluation().participantsFeedback());
            form.setFacilitatorNotes(session.getEvaluation().facilitatorNotes());
        }
        model.addAttribute("step", form);
        return stepPage(session, "evaluate", model);
    }

    @PostMapping("/{id}/evaluate")
    @PreAuthorize("isAuthenticated()")
    @FormView("awareness/sessions/step")
    String evaluate(@PathVariable String id, @ModelAttribute("step") SessionStepForm form, BindingResult errors,
                    Authentication authentication, Model model, RedirectAttributes redirect) {
        AwarenessSession session = load(id, authentication);
        String page = stepPage(session, "evaluate", model);
        if (errors.hasErrors()) {
            return page;
        }
        sessions.evaluate(new Evaluate(session.getId(), form.getVersion(),
                new Evaluation(form.getParticipantsFeedback(), form.getFacilitatorNotes()), actingFor(authentication)));
        redirect.addFlashAttribute("confirmation", "awareness.sessions.evaluated");
        return "redirect:" + PATH + "/" + session.getId();
    }

    @GetMapping("/{id}/cancel")
    String cancelForm(@PathVariable String id, Authentication authentication, Model model) {
        AwarenessSession session = load(id, authentication);
        model.addAttribute("step", versioned(session));
        return stepPage(session, "cancel", model);
    }

    @PostMapping("/{id}/cancel")
    @FormView("awareness/sessions/step")
    String cancel(@PathVariable String id, @ModelAttribute("step") SessionStepForm form, BindingResult errors,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        AwarenessSession session = load(id, authentication);
        String page = stepPage(session, "cancel", model);
        if (errors.hasErrors()) {
            return page;
        }
        sessions.cancel(new Cancel(session.getId(), form.getVersion(), form.getReason()));
        redirect.addFlashAttribute("confirmation", "awareness.sessions.cancelled");
        return "redirect:" + PATH + "/" + session.getId();
    }

    private String requestPage(Model model) {
        List<Choice> choices = new ArrayList<>();
        List<Requester> known = find.requesters();
        known.forEach(requester -> choices.add(new Choice(requester.id().toString(), requester.name())));
        java.util.Set<String> names = known.stream().map(requester -> requester.name().toLowerCase())
                .collect(Collectors.toSet());
        partners.partners().stream().filter(partner -> !names.contains(partner.name().toLowerCase()))
                .forEach(partner -> choices.add(new Choice(PARTNER + partner.id(), partner.name())));
        model.addAttribute("requesters", choices);
        model.addAttribute("audienceTypes", AudienceType.values());
        model.addAttribute("requesterKinds", RequesterKind.values());
        model.addAttribute("tools", tools.toolNames());
        return "awareness/sessions/request";
    }

    private String showPage(AwarenessSession session, Authentication authentication, Model model) {
        boolean coordinator = SignedInPerson.isCoordinator(authentication);
        model.addAttribute("intervention", session);
        model.addAttribute("requester", requesterNames().getOrDefault(session.getRequesterId(), ""));
        model.addAttribute("commune", communeLabel(session.getCommuneCode()));
        model.addAttribute("coordinator", coordinator);
        model.addAttribute("invited", sessionSpeakers.speakersOf(session.getId()));
        model.addAttribute("plannedTool", plannedTools.plannedTool(session.getId()).orElse(null));
        model.addAttribute("speakers", coordinator ? speakers.speakers().stream()
                .map(speaker -> new Choice(speaker.id().toString(), speaker.name())).toList() : List.of());
        LocalDate today = today();
        model.addAttribute("openCalls", session.getStatus().upcoming()
                ? calls.stillOpenOn(session.getDate().isBefore(today) ? today : session.getDate()) : List.of());
        return "awareness/sessions/show";
    }

    private String schedulePage(AwarenessSession session, Model model) {
        model.addAttribute("intervention", session);
        model.addAttribute("members", members.list(ListFacilitatingMembersQuery.activeOnly()).stream()
                .filter(FacilitatingMemberSummary::active)
                .map(member -> new Choice(member.memberId().toString(), member.name())).toList());
        return "awareness/sessions/schedule";
    }

    private String stepPage(AwarenessSession session, String step, Model model) {
        model.addAttribute("intervention", session);
        model.addAttribute("stepName", step);
        if (step.equals("deliver")) {
            model.addAttribute("tools", tools.toolNames());
        }
        return "awareness/sessions/step";
    }

    private static SessionStepForm versioned(AwarenessSession session) {
        SessionStepForm form = new SessionStepForm();
        form.setVersion(session.getVersion());
        return form;
    }

    /** The requester chosen, a partner's made a requester the first time; a made-up value is refused. */
    private RequesterId requester(String value, BindingResult errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String typed = value.strip();
        if (typed.startsWith(PARTNER)) {
            Optional<UUID> partner = parseUuid(typed.substring(PARTNER.length()));
            if (partner.isPresent()) {
                return partnerRequesters.requesterFor(new PartnerId(partner.get()));
            }
        } else {
            Optional<UUID> requester = parseUuid(typed);
            if (requester.isPresent()) {
                return new RequesterId(requester.get());
            }
        }
        errors.rejectValue("requesterId", "awareness.session.requester.unknown");
        return null;
    }

    private String communeCode(String typed, BindingResult errors) {
        if (typed == null || typed.isBlank()) {
            errors.rejectValue("commune", "awareness.session.commune.required");
            return null;
        }
        if (typed.length() > 200) {
            errors.rejectValue("commune", "awareness.session.commune.unknown");
            return null;
        }
        Resolution<Commune> commune = territory.resolveCommune(typed);
        if (commune.refused()) {
            errors.rejectValue("commune", commune.problem(), new Object[]{typed.strip()}, null);
            return null;
        }
        Optional<String> code = commune.value().map(Commune::code);
        if (code.isEmpty()) {
            errors.rejectValue("commune", "awareness.session.commune.unknown");
        }
        return code.orElse(null);
    }

    private SessionLine line(AwarenessSession session, Map<RequesterId, String> requesters) {
        return new SessionLine(session.getId().value(), session.getTitle(), session.getDate(),
                requesters.getOrDefault(session.getRequesterId(), ""), communeLabel(session.getCommuneCode()),
                session.getStatus(), session.getFacilitations().stream().map(Facilitation::memberName).distinct()
                .collect(Collectors.joining(", ")), session.isNeedsFacilitator());
    }

    private Map<RequesterId, String> requesterNames() {
        return find.requesters().stream().collect(Collectors.toMap(Requester::id, Requester::name, (a, b) -> a));
    }

    private String communeLabel(String code) {
        return territory.commune(code).map(Commune::label).orElse(code);
    }

    /** The session, for a representative only when their structure facilitates it: else not found. */
    private AwarenessSession load(String id, Authentication authentication) {
        SessionId sessionId = parseUuid(id).map(SessionId::new).orElseThrow(() -> new SessionNotFound(id));
        if (!SignedInPerson.isCoordinator(authentication)
                && SignedInPerson.representedMember(authentication).isEmpty()) {
            throw new SessionNotFound(id);
        }
        return find.session(sessionId, actingFor(authentication)).orElseThrow(() -> new SessionNotFound(id));
    }

    private static MemberId actingFor(Authentication authentication) {
        return SignedInPerson.representedMember(authentication).orElse(null);
    }

    private static Optional<UUID> parseUuid(String value) {
        if (value == null || value.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Hours as people type them, « 2,5 » or « 2.5 »; {@code null} when it is no number. */
    /**
     * The use case names the facilitators' lines as it received them, without the blank lines the form skipped: the
     * same violation, named after the form's own line, so that it shows next to the field that was typed.
     */
    private static RuleViolation onFormLine(RuleViolation wrong, List<Integer> formLines) {
        Matcher line = FACILITATOR_LINE.matcher(wrong.field().orElse(""));
        if (!line.matches()) {
            return wrong;
        }
        int received = Integer.parseInt(line.group(1));
        if (received >= formLines.size()) {
            return wrong;
        }
        return new RuleViolation("facilitators[" + formLines.get(received) + "]." + line.group(2), wrong.messageKey(),
                wrong.arguments());
    }

    private static BigDecimal hours(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > 12) {
            return null;
        }
        try {
            return new BigDecimal(typed.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static SessionStatus parseStatus(String value) {
        for (SessionStatus status : SessionStatus.values()) {
            if (status.name().equals(value)) {
                return status;
            }
        }
        return null;
    }

    private static Integer parseYear(String value) {
        try {
            int year = Integer.parseInt(value == null ? "" : value.strip());
            return year >= 2000 && year <= 9999 ? year : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int parsePage(String value) {
        try {
            return Math.max(1, Integer.parseInt(value == null ? "" : value.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

}
