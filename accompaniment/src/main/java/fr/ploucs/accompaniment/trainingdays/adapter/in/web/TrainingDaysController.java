package fr.ploucs.accompaniment.trainingdays.adapter.in.web;

import fr.ploucs.accompaniment.programmes.application.port.in.FindProgrammesQuery;
import fr.ploucs.accompaniment.programmes.application.port.in.FindProgrammesQuery.CohortSummary;
import fr.ploucs.accompaniment.programmes.application.port.in.ProgrammeNotFound;
import fr.ploucs.accompaniment.programmes.domain.CohortId;
import fr.ploucs.accompaniment.projects.application.port.in.FindProjectsQuery;
import fr.ploucs.accompaniment.projects.application.port.in.FindProjectsQuery.CohortHolder;
import fr.ploucs.accompaniment.trainingdays.application.port.in.TrainingDayChangedMeanwhile;
import fr.ploucs.accompaniment.trainingdays.application.port.in.TrainingDayNotFound;
import fr.ploucs.accompaniment.trainingdays.application.port.in.TrainingDaysUseCase;
import fr.ploucs.accompaniment.trainingdays.application.port.in.TrainingDaysUseCase.HolderAttendance;
import fr.ploucs.accompaniment.trainingdays.application.port.in.TrainingDaysUseCase.PlanDay;
import fr.ploucs.accompaniment.trainingdays.domain.Attendee;
import fr.ploucs.accompaniment.trainingdays.domain.TrainingDay;
import fr.ploucs.accompaniment.trainingdays.domain.TrainingDayId;
import fr.ploucs.webparts.FormView;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * « Journées collectives »: each cohort's training days (topic, day within the cohort's year, place, trainer), who
 * of its project holders came to each, and each holder's attendance record. Coordinators only.
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class TrainingDaysController {

    static final String COHORTS = "/accompaniment/training-days";
    static final String DAYS = "/accompaniment/cohorts/{cohortId}/training-days";
    private static final String LIST = "accompaniment/trainingdays/list";
    private static final String DAY = "accompaniment/trainingdays/day";

    private final TrainingDaysUseCase trainingDays;
    private final FindProgrammesQuery programmes;
    private final FindProjectsQuery projects;
    private final Clock clock;

    TrainingDaysController(TrainingDaysUseCase trainingDays, FindProgrammesQuery programmes,
                           FindProjectsQuery projects, Clock clock) {
        this.trainingDays = trainingDays;
        this.programmes = programmes;
        this.projects = projects;
        this.clock = clock;
    }

    @GetMapping(COHORTS)
    String cohorts(Model model) {
        model.addAttribute("cohorts", programmes.cohortChoices());
        return "accompaniment/trainingdays/cohorts";
    }

    @GetMapping(DAYS)
    String days(@PathVariable UUID cohortId, Model model) {
        refillList(cohortId, model);
        return LIST;
    }

    @PostMapping(DAYS)
    @FormView(value = LIST, refill = "refillList")
    String plan(@PathVariable UUID cohortId, @Valid @ModelAttribute("trainingDay") TrainingDayForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        cohort(cohortId);
        if (errors.hasErrors()) {
            return days(cohortId, model);
        }
        TrainingDayId id = trainingDays.plan(new PlanDay(cohortId, form.getTopic(), form.getHeldOn(),
                form.getPlace(), form.getTrainer()));
        redirect.addFlashAttribute("confirmation", "training-day.planned");
        return "redirect:/accompaniment/cohorts/" + cohortId + "/training-days/" + id;
    }

    @GetMapping(DAYS + "/{dayId}")
    String day(@PathVariable UUID cohortId, @PathVariable UUID dayId, Model model) {
        TrainingDay day = refillDay(cohortId, dayId, model);
        AttendanceForm form = new AttendanceForm();
        form.setVersion(day.getVersion());
        form.setPresent(day.getAttendance().stream().filter(Attendee::present)
                .map(who -> who.projectId() + ":" + who.holderName())
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        model.addAttribute("attendance", form);
        return DAY;
    }

    @PostMapping(DAYS + "/{dayId}/attendance")
    @FormView(value = DAY, refill = "refillDay")
    String recordAttendance(@PathVariable UUID cohortId, @PathVariable UUID dayId,
                            @ModelAttribute("attendance") AttendanceForm form, BindingResult errors, Model model,
                            RedirectAttributes redirect) {
        refillDay(cohortId, dayId, model);
        if (errors.hasFieldErrors("version")) {
            // Only a form tampered with or from another page has no readable version: it cannot be trusted as current.
            throw new TrainingDayChangedMeanwhile(dayId);
        }
        trainingDays.recordAttendance(new TrainingDayId(dayId), form.getVersion(), form.getPresent());
        redirect.addFlashAttribute("confirmation", "training-day.attendance.recorded");
        return "redirect:/accompaniment/cohorts/" + cohortId + "/training-days/" + dayId;
    }

    /** A holder's attendance record: every day of their cohort, and whether they came. */
    @GetMapping("/accompaniment/cohorts/{cohortId}/attendance")
    String holder(@PathVariable UUID cohortId, @RequestParam(name = "project", required = false) UUID projectId,
                  @RequestParam(name = "holder", required = false) String holderName, Model model) {
        CohortSummary cohort = cohort(cohortId);
        CohortHolder holder = projects.holdersOf(cohortId).stream()
                .filter(candidate -> candidate.projectId().equals(projectId)
                        && candidate.holderName().equals(holderName))
                .findFirst().orElseThrow(() -> new ProgrammeNotFound(projectId));
        List<HolderAttendance> record = trainingDays.attendanceOf(projectId, holderName);
        model.addAttribute("cohort", cohort);
        model.addAttribute("holder", holder);
        model.addAttribute("record", record);
        model.addAttribute("daysPresent", record.stream().filter(day -> Boolean.TRUE.equals(day.present())).count());
        model.addAttribute("daysRecorded", record.stream().filter(day -> day.present() != null).count());
        return "accompaniment/trainingdays/holder";
    }

    /** The cohort's days, its holders with their attendance, and an empty plan form unless one is bound. */
    void refillList(@PathVariable UUID cohortId, Model model) {
        CohortSummary cohort = cohort(cohortId);
        List<TrainingDay> days = trainingDays.daysOf(cohortId);
        model.addAttribute("cohort", cohort);
        model.addAttribute("days", days);
        model.addAttribute("holders", projects.holdersOf(cohortId).stream()
                .map(holder -> new HolderLine(holder.projectId(), holder.projectTitle(), holder.holderName(),
                        holder.key(),
                        days.stream().filter(day -> day.getAttendance().stream().anyMatch(who -> who.present()
                                && same(who, holder))).count(),
                        days.stream().filter(day -> !day.getAttendance().isEmpty()).count()))
                .toList());
        if (!model.containsAttribute("trainingDay")) {
            TrainingDayForm form = new TrainingDayForm();
            LocalDate today = LocalDate.now(clock);
            form.setHeldOn(today.isBefore(cohort.startsOn()) || today.isAfter(cohort.endsOn())
                    ? cohort.startsOn() : today);
            model.addAttribute("trainingDay", form);
        }
    }

    /** The day, within the cohort the address names, and the holders expected at it. */
    TrainingDay refillDay(@PathVariable UUID cohortId, @PathVariable UUID dayId, Model model) {
        CohortSummary cohort = cohort(cohortId);
        TrainingDay day = trainingDays.day(new TrainingDayId(dayId))
                .filter(found -> found.getCohortId().equals(cohortId))
                .orElseThrow(() -> new TrainingDayNotFound(dayId));
        model.addAttribute("cohort", cohort);
        model.addAttribute("day", day);
        model.addAttribute("holders", projects.holdersOf(cohortId));
        model.addAttribute("dayHasCome", !day.getHeldOn().isAfter(LocalDate.now(clock)));
        model.addAttribute("recorded", !day.getAttendance().isEmpty());
        return day;
    }

    /** An address whose id is not an id: nothing there. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void badId(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    private static boolean same(Attendee who, CohortHolder holder) {
        return who.projectId().equals(holder.projectId()) && who.holderName().equals(holder.holderName());
    }

    private CohortSummary cohort(UUID cohortId) {
        return programmes.cohortSummary(new CohortId(cohortId)).orElseThrow(() -> new ProgrammeNotFound(cohortId));
    }
}
