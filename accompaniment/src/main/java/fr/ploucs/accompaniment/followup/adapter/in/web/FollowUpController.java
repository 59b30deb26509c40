package fr.ploucs.accompaniment.followup.adapter.in.web;

import fr.ploucs.accompaniment.followup.application.port.in.CheckInNotFound;
import fr.ploucs.accompaniment.followup.application.port.in.FollowUpUseCase;
import fr.ploucs.accompaniment.followup.domain.ActivityStatus;
import fr.ploucs.accompaniment.followup.domain.CheckIn;
import fr.ploucs.accompaniment.followup.domain.CheckInId;
import fr.ploucs.accompaniment.followup.domain.RevenueBand;
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

/** Follow-up after the incubator: the check-ins due, and the form that records one. */
@Controller
@RequestMapping("/accompaniment/followup")
@PreAuthorize("hasRole('COORDINATOR')")
class FollowUpController {

    static final String PATH = "/accompaniment/followup";
    private static final String FORM = "accompaniment/followup/check-in";
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final FollowUpUseCase followUps;
    private final Clock clock;

    FollowUpController(FollowUpUseCase followUps, Clock clock) {
        this.followUps = followUps;
        this.clock = clock;
    }

    @ModelAttribute("statuses")
    @PreAuthorize("permitAll()")
    ActivityStatus[] statuses() {
        return ActivityStatus.values();
    }

    @ModelAttribute("revenueBands")
    @PreAuthorize("permitAll()")
    RevenueBand[] revenueBands() {
        return RevenueBand.values();
    }

    @GetMapping
    String due(Model model) {
        model.addAttribute("checkIns", followUps.due());
        model.addAttribute("today", LocalDate.now(clock));
        return "accompaniment/followup/list";
    }

    @GetMapping("/{id}")
    String checkIn(@PathVariable String id, Model model) {
        CheckIn checkIn = load(id);
        CheckInForm form = new CheckInForm();
        if (checkIn.getReport() != null) {
            CheckIn.Report report = checkIn.getReport();
            form.setStatus(report.status());
            form.setJobs(report.jobs());
            form.setRevenue(report.revenue());
            form.setNeeds(report.needs());
            form.setRecordedOn(report.recordedOn());
        } else {
            form.setRecordedOn(LocalDate.now(clock));
        }
        form.setVersion(checkIn.getVersion());
        model.addAttribute("checkInForm", form);
        return page(checkIn, model);
    }

    @PostMapping("/{id}")
    @FormView(FORM)
    String record(@PathVariable String id, @Valid @ModelAttribute("checkInForm") CheckInForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        CheckIn checkIn = load(id);
        String page = page(checkIn, model);
        LocalDate day = form.getRecordedOn();
        if (day != null && (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR)
                && !errors.hasFieldErrors("recordedOn")) {
            errors.rejectValue("recordedOn", "accompaniment.date.range");
        }
        if (errors.hasErrors()) {
            return page;
        }
        followUps.record(checkIn.getId(), form.getVersion(), new CheckIn.Report(form.getStatus(), form.getJobs(),
                form.getRevenue(), form.getNeeds(), form.getRecordedOn()));
        redirect.addFlashAttribute("confirmation", "followup.recorded");
        return "redirect:/accompaniment/projects/" + checkIn.getProjectId() + "#check-ins-title";
    }

    private String page(CheckIn checkIn, Model model) {
        model.addAttribute("checkIn", checkIn);
        model.addAttribute("today", LocalDate.now(clock));
        return FORM;
    }

    private CheckIn load(String id) {
        UUID uuid;
        try {
            uuid = id.length() == 36 ? UUID.fromString(id) : null;
        } catch (IllegalArgumentException e) {
            uuid = null;
        }
        if (uuid == null) {
            throw new CheckInNotFound(id);
        }
        return followUps.checkIn(new CheckInId(uuid));
    }
}
