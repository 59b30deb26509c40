package fr.ploucs.cooperation.exchanges.adapter.in.web;

import fr.ploucs.sharedkernel.NotFound;

import fr.ploucs.cooperation.members.application.port.in.MemberDirectoryQuery;
import fr.ploucs.cooperation.exchanges.application.port.in.FindTrainingQuery;
import fr.ploucs.cooperation.exchanges.application.port.in.FindTrainingQuery.SessionOverview;
import fr.ploucs.cooperation.exchanges.application.port.in.ManageTrainingProgrammeUseCase;
import fr.ploucs.cooperation.exchanges.application.port.in.ManageTrainingProgrammeUseCase.CancelRegistration;
import fr.ploucs.cooperation.exchanges.application.port.in.ManageTrainingProgrammeUseCase.DescribeProgramme;
import fr.ploucs.cooperation.exchanges.application.port.in.ManageTrainingProgrammeUseCase.OpenProgramme;
import fr.ploucs.cooperation.exchanges.application.port.in.ManageTrainingProgrammeUseCase.RecordAttendance;
import fr.ploucs.cooperation.exchanges.application.port.in.ManageTrainingProgrammeUseCase.Register;
import fr.ploucs.cooperation.exchanges.application.port.in.ManageTrainingProgrammeUseCase.RegistrationOutcome;
import fr.ploucs.cooperation.exchanges.application.port.in.ManageTrainingProgrammeUseCase.ReplanSession;
import fr.ploucs.cooperation.exchanges.application.port.in.ManageTrainingProgrammeUseCase.ScheduleSession;
import fr.ploucs.cooperation.exchanges.domain.Attendance;
import fr.ploucs.cooperation.members.application.port.in.MemberDirectoryQuery.MemberEntry;
import fr.ploucs.cooperation.exchanges.domain.TrainingProgramme;
import fr.ploucs.cooperation.exchanges.domain.TrainingProgrammeId;
import fr.ploucs.cooperation.exchanges.domain.TrainingRegistration;
import fr.ploucs.cooperation.exchanges.domain.TrainingRegistrationId;
import fr.ploucs.cooperation.exchanges.domain.TrainingRuleViolation;
import fr.ploucs.cooperation.exchanges.domain.TrainingSessionId;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The members' training programme: the programme of a year with its sessions and places left, a session's page with
 * its registrations. Registering, cancelling and the attendance are {@link TrainingRegistrationsController}'s.
 */
@Controller
@RequestMapping("/cooperation/training")
@PreAuthorize("hasRole('COORDINATOR')")
class TrainingProgrammeController {

    static final String PROGRAMME = "cooperation/training/programme";
    static final String PROGRAMME_FORM = "cooperation/training/programme-form";
    static final String SESSION = "cooperation/training/session";
    static final String SESSION_FORM = "cooperation/training/session-form";
    static final String REGISTRATION_FORM = "cooperation/training/registration-form";
    static final String ATTENDANCE_FORM = "cooperation/training/attendance-form";

    private final ManageTrainingProgrammeUseCase training;
    private final FindTrainingQuery query;
    private final MemberDirectoryQuery members;
    private final ExchangesTrainingWebMapper mapper;
    private final Clock clock;

    TrainingProgrammeController(ManageTrainingProgrammeUseCase training, FindTrainingQuery query,
                                MemberDirectoryQuery members, ExchangesTrainingWebMapper mapper, Clock clock) {
        this.training = training;
        this.query = query;
        this.members = members;
        this.mapper = mapper;
        this.clock = clock;
    }

    @ModelAttribute("attendances")
    @PreAuthorize("permitAll()")
    Attendance[] attendances() {
        return Attendance.values();
    }

    @GetMapping
    String programme(@RequestParam(name = "year", required = false) Integer year, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        if (shown < TrainingProgramme.FIRST_YEAR || shown > TrainingProgramme.LAST_YEAR) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        Set<Integer> years = new TreeSet<>(java.util.Comparator.reverseOrder());
        years.addAll(query.programmeYears());
        years.add(LocalDate.now(clock).getYear());
        years.add(shown);
        model.addAttribute("year", shown);
        model.addAttribute("years", years);
        query.programmeOf(shown).ifPresentOrElse(programme -> {
            model.addAttribute("programme", programme);
            model.addAttribute("sessions", query.sessionsOf(programme.getId()).stream().map(mapper::toView).toList());
        }, () -> model.addAttribute("sessions", List.of()));
        return PROGRAMME;
    }

    @GetMapping("/programmes/new")
    String newProgramme(@RequestParam(name = "year", required = false) Integer year, Model model) {
        TrainingProgrammeForm form = new TrainingProgrammeForm();
        int shown = year == null || year < TrainingProgramme.FIRST_YEAR || year > TrainingProgramme.LAST_YEAR
                ? LocalDate.now(clock).getYear() : year;
        form.setYear(shown);
        form.setTitle("Programme de formation " + shown);
        model.addAttribute("trainingProgramme", form);
        return PROGRAMME_FORM;
    }

    @PostMapping("/programmes")
    @FormView(PROGRAMME_FORM)
    String openProgramme(@Valid @ModelAttribute("trainingProgramme") TrainingProgrammeForm form, BindingResult errors,
                         RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return PROGRAMME_FORM;
        }
        training.openProgramme(new OpenProgramme(form.getYear(), form.getTitle(), form.getDescription()));
        redirect.addFlashAttribute("confirmation", "training.programme.opened");
        return "redirect:/cooperation/training?year=" + form.getYear();
    }

    @GetMapping("/programmes/{id}/edit")
    String editProgramme(@PathVariable UUID id, Model model) {
        TrainingProgramme programme = loadProgramme(id);
        TrainingProgrammeForm form = new TrainingProgrammeForm();
        form.setYear(programme.getYear());
        form.setTitle(programme.getTitle());
        form.setDescription(programme.getDescription());
        form.setVersion(programme.getVersion());
        model.addAttribute("trainingProgramme", form);
        model.addAttribute("programmeId", id);
        return PROGRAMME_FORM;
    }

    @PostMapping("/programmes/{id}")
    @FormView(PROGRAMME_FORM)
    String describeProgramme(@PathVariable UUID id,
                             @Valid @ModelAttribute("trainingProgramme") TrainingProgrammeForm form,
                             BindingResult errors, Model model, RedirectAttributes redirect) {
        TrainingProgramme programme = loadProgramme(id);
        form.setYear(programme.getYear());
        model.addAttribute("programmeId", id);
        if (errors.hasFieldErrors("title") || errors.hasFieldErrors("description")) {
            return PROGRAMME_FORM;
        }
        training.describeProgramme(new DescribeProgramme(programme.getId(), form.getVersion(), form.getTitle(),
                form.getDescription()));
        redirect.addFlashAttribute("confirmation", "training.programme.updated");
        return "redirect:/cooperation/training?year=" + programme.getYear();
    }

    @GetMapping("/programmes/{id}/sessions/new")
    String newSession(@PathVariable UUID id, Model model) {
        TrainingProgramme programme = loadProgramme(id);
        TrainingSessionForm form = new TrainingSessionForm();
        LocalDate today = LocalDate.now(clock);
        form.setDate(today.getYear() == programme.getYear() ? today : LocalDate.of(programme.getYear(), 1, 1));
        form.setStartsAt(java.time.LocalTime.of(9, 0));
        form.setEndsAt(java.time.LocalTime.of(12, 0));
        form.setCapacity(12);
        model.addAttribute("trainingSession", form);
        return sessionForm(programme, null, model);
    }

    @PostMapping("/programmes/{id}/sessions")
    @FormView(SESSION_FORM)
    String schedule(@PathVariable UUID id, @Valid @ModelAttribute("trainingSession") TrainingSessionForm form,
                    BindingResult errors, Model model, RedirectAttributes redirect) {
        TrainingProgramme programme = loadProgramme(id);
        String page = sessionForm(programme, null, model);
        if (errors.hasErrors()) {
            return page;
        }
        TrainingSessionId session = training.schedule(new ScheduleSession(programme.getId(), mapper.toDetails(form)));
        redirect.addFlashAttribute("confirmation", "training.session.scheduled");
        return "redirect:/cooperation/training/sessions/" + session;
    }

    @GetMapping("/sessions/{id}")
    String session(@PathVariable UUID id, Model model) {
        SessionOverview overview = loadSession(id);
        Map<MemberId, String> names = memberNames();
        List<TrainingRegistrationView> registrations = query.registrationsOf(overview.session().getId()).stream()
                .map(r -> mapper.toView(r, names)).toList();
        model.addAttribute("sessionView", mapper.toView(overview));
        model.addAttribute("programme", query.programme(overview.session().getProgrammeId()).orElseThrow());
        model.addAttribute("registrations", registrations);
        model.addAttribute("canRecordAttendance", !overview.session().getDetails().on().isAfter(LocalDate.now(clock)));
        return SESSION;
    }

    @GetMapping("/sessions/{id}/edit")
    String editSession(@PathVariable UUID id, Model model) {
        SessionOverview overview = loadSession(id);
        model.addAttribute("trainingSession", mapper.toForm(overview.session()));
        return sessionForm(query.programme(overview.session().getProgrammeId()).orElseThrow(), id, model);
    }

    @PostMapping("/sessions/{id}")
    @FormView(SESSION_FORM)
    String replan(@PathVariable UUID id, @Valid @ModelAttribute("trainingSession") TrainingSessionForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        SessionOverview overview = loadSession(id);
        String page = sessionForm(query.programme(overview.session().getProgrammeId()).orElseThrow(), id, model);
        if (errors.hasErrors()) {
            return page;
        }
        training.replan(new ReplanSession(overview.session().getId(), form.getVersion(), mapper.toDetails(form)));
        redirect.addFlashAttribute("confirmation", "training.session.updated");
        return "redirect:/cooperation/training/sessions/" + id;
    }

    private String sessionForm(TrainingProgramme programme, UUID sessionId, Model model) {
        model.addAttribute("programme", programme);
        model.addAttribute("sessionId", sessionId);
        return SESSION_FORM;
    }

    private Map<MemberId, String> memberNames() {
        return members.everyMember().stream()
                .collect(Collectors.toMap(MemberEntry::id, MemberEntry::name, (a, b) -> a));
    }

    private TrainingProgramme loadProgramme(UUID id) {
        return query.programme(new TrainingProgrammeId(id))
                .orElseThrow(() -> new NotFound(id));
    }

    private SessionOverview loadSession(UUID id) {
        return query.session(new TrainingSessionId(id))
                .orElseThrow(() -> new NotFound(id));
    }
}
