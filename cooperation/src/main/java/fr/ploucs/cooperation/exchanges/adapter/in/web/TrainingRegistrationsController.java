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
 * Registrations to the training sessions and their attendance: register a person (or put them on the waiting list),
 * cancel, record who came. The programmes and sessions themselves are {@link TrainingProgrammeController}'s.
 */
@Controller
@RequestMapping("/cooperation/training")
@PreAuthorize("hasRole('COORDINATOR')")
class TrainingRegistrationsController {

    static final String REGISTRATION_FORM = TrainingProgrammeController.REGISTRATION_FORM;
    static final String ATTENDANCE_FORM = TrainingProgrammeController.ATTENDANCE_FORM;

    private final ManageTrainingProgrammeUseCase training;
    private final FindTrainingQuery query;
    private final MemberDirectoryQuery members;
    private final ExchangesTrainingWebMapper mapper;
    private final Clock clock;

    TrainingRegistrationsController(ManageTrainingProgrammeUseCase training, FindTrainingQuery query,
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


    @GetMapping("/sessions/{id}/registrations/new")
    String newRegistration(@PathVariable UUID id, Model model) {
        model.addAttribute("trainingRegistration", new TrainingRegistrationForm());
        return registrationForm(loadSession(id), model);
    }

    @PostMapping("/sessions/{id}/registrations")
    @FormView(REGISTRATION_FORM)
    String register(@PathVariable UUID id,
                    @Valid @ModelAttribute("trainingRegistration") TrainingRegistrationForm form,
                    BindingResult errors, Model model, RedirectAttributes redirect) {
        SessionOverview overview = loadSession(id);
        String page = registrationForm(overview, model);
        if (errors.hasErrors()) {
            return page;
        }
        RegistrationOutcome outcome = training.register(new Register(overview.session().getId(),
                new MemberId(form.getMemberId()), form.getPersonName()));
        redirect.addFlashAttribute("confirmation",
                outcome.waiting() ? "training.registration.waiting" : "training.registration.recorded");
        return "redirect:/cooperation/training/sessions/" + id;
    }

    @PostMapping("/registrations/{id}/cancel")
    String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
        TrainingRegistration registration = query.registration(new TrainingRegistrationId(id))
                .orElseThrow(() -> new NotFound(id));
        try {
            training.cancel(new CancelRegistration(registration.getId()));
            redirect.addFlashAttribute("confirmation", "training.registration.cancelled");
        } catch (TrainingRuleViolation e) {
            // Back to the registration's session, which the path does not name: said here, not by @RefusalRedirect.
            redirect.addFlashAttribute("refusal", e.reason());
        }
        return "redirect:/cooperation/training/sessions/" + registration.getSessionId();
    }

    @GetMapping("/sessions/{id}/attendance")
    String attendance(@PathVariable UUID id, Model model) {
        SessionOverview overview = loadSession(id);
        Map<MemberId, String> names = memberNames();
        TrainingAttendanceForm form = new TrainingAttendanceForm();
        form.setVersion(overview.session().getVersion());
        query.registrationsOf(overview.session().getId()).stream().filter(TrainingRegistration::holdsPlace)
                .forEach(r -> form.getLines().add(new TrainingAttendanceForm.Line(r.getId().value(),
                        r.getPersonName(), names.getOrDefault(r.getMemberId(), "?"), r.getAttendance())));
        model.addAttribute("trainingAttendance", form);
        return attendanceForm(overview, model);
    }

    @PostMapping("/sessions/{id}/attendance")
    @FormView(ATTENDANCE_FORM)
    String recordAttendance(@PathVariable UUID id,
                            @ModelAttribute("trainingAttendance") TrainingAttendanceForm form, BindingResult errors,
                            Model model, RedirectAttributes redirect) {
        SessionOverview overview = loadSession(id);
        String page = attendanceForm(overview, model);
        // Names are shown again from the registrations, never from what the browser sent back.
        Map<UUID, TrainingRegistration> holding = query.registrationsOf(overview.session().getId()).stream()
                .filter(TrainingRegistration::holdsPlace)
                .collect(Collectors.toMap(r -> r.getId().value(), r -> r));
        Map<MemberId, String> names = memberNames();
        Map<TrainingRegistrationId, Attendance> presence = new HashMap<>();
        for (int i = 0; i < form.getLines().size(); i++) {
            TrainingAttendanceForm.Line line = form.getLines().get(i);
            TrainingRegistration registration = line == null ? null : holding.get(line.getRegistrationId());
            if (registration == null) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
            }
            line.setPersonName(registration.getPersonName());
            line.setMemberName(names.getOrDefault(registration.getMemberId(), "?"));
            if (line.getAttendance() == null && !errors.hasFieldErrors("lines[" + i + "].attendance")) {
                errors.rejectValue("lines[" + i + "].attendance", "training.attendance.required");
            }
            if (line.getAttendance() != null) {
                presence.put(registration.getId(), line.getAttendance());
            }
        }
        if (errors.hasErrors()) {
            return page;
        }
        training.recordAttendance(new RecordAttendance(overview.session().getId(), form.getVersion(), presence));
        redirect.addFlashAttribute("confirmation", "training.attendance.recorded");
        return "redirect:/cooperation/training/sessions/" + id;
    }

    private String registrationForm(SessionOverview overview, Model model) {
        model.addAttribute("sessionView", mapper.toView(overview));
        model.addAttribute("choosableMembers", members.currentMembers().stream()
                .map(m -> new ExchangesMemberChoice(m.id().value(), m.name())).toList());
        return REGISTRATION_FORM;
    }

    private String attendanceForm(SessionOverview overview, Model model) {
        model.addAttribute("sessionView", mapper.toView(overview));
        model.addAttribute("canRecordAttendance", !overview.session().getDetails().on().isAfter(LocalDate.now(clock)));
        return ATTENDANCE_FORM;
    }

    private Map<MemberId, String> memberNames() {
        return members.everyMember().stream()
                .collect(Collectors.toMap(MemberEntry::id, MemberEntry::name, (a, b) -> a));
    }


    private SessionOverview loadSession(UUID id) {
        return query.session(new TrainingSessionId(id))
                .orElseThrow(() -> new NotFound(id));
    }
}
