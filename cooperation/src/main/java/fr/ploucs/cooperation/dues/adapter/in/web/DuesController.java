package fr.ploucs.cooperation.dues.adapter.in.web;

import fr.ploucs.sharedkernel.NotFound;

import fr.ploucs.cooperation.dues.adapter.in.web.DuesViews.MemberDuesView;
import fr.ploucs.cooperation.dues.adapter.in.web.DuesViews.YearView;
import fr.ploucs.cooperation.dues.application.port.in.DuesOverviewQuery;
import fr.ploucs.cooperation.dues.application.port.in.DuesPaymentsUseCase;
import fr.ploucs.cooperation.dues.application.port.in.DuesSettingsUseCase;
import fr.ploucs.cooperation.dues.application.port.in.DuesSettingsUseCase.SaveDuesSettings;
import fr.ploucs.cooperation.dues.application.port.in.SendDuesRemindersUseCase;
import fr.ploucs.cooperation.dues.application.port.in.SendDuesRemindersUseCase.RemindersOutcome;
import fr.ploucs.cooperation.dues.domain.DuesSettings;
import fr.ploucs.cooperation.dues.domain.PaymentMeans;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The yearly dues (« cotisations »): the year’s overview, its settings and
 * the reminder to the members who have not paid, after a confirmation. Payments are {@link DuesPaymentsController}’s.
 */
@Controller
@RequestMapping("/cooperation/dues")
@PreAuthorize("hasRole('COORDINATOR')")
class DuesController {

    private static final String OVERVIEW = "cooperation/dues/overview";
    private static final String SETTINGS = "cooperation/dues/settings";
    private static final String REMINDERS = "cooperation/dues/reminders";

    private final DuesSettingsUseCase settings;
    private final DuesOverviewQuery overviews;
    private final SendDuesRemindersUseCase reminders;
    private final DuesWebMapper mapper;
    private final Clock clock;

    DuesController(DuesSettingsUseCase settings, DuesOverviewQuery overviews,
                   SendDuesRemindersUseCase reminders, DuesWebMapper mapper, Clock clock) {
        this.settings = settings;
        this.overviews = overviews;
        this.reminders = reminders;
        this.mapper = mapper;
        this.clock = clock;
    }

    @ModelAttribute("paymentMeans")
    @PreAuthorize("permitAll()")
    PaymentMeans[] paymentMeans() {
        return PaymentMeans.values();
    }

    @GetMapping
    String currentYear() {
        return "redirect:/cooperation/dues/" + LocalDate.now(clock).getYear();
    }

    @GetMapping("/{year}")
    String overview(@PathVariable int year, Model model) {
        model.addAttribute("dues", mapper.toView(overviews.overview(known(year))));
        return OVERVIEW;
    }

    // ---- settings

    @GetMapping("/{year}/settings")
    String settingsForm(@PathVariable int year, Model model) {
        DuesSettingsForm form = settings.settings(known(year)).map(mapper::toForm).orElseGet(() -> {
            DuesSettingsForm blank = new DuesSettingsForm();
            blank.setReminderDaysBefore(Integer.toString(DuesSettings.DEFAULT_REMINDER_DAYS));
            return blank;
        });
        model.addAttribute("duesSettings", form);
        model.addAttribute("year", year);
        return SETTINGS;
    }

    @PostMapping("/{year}/settings")
    @FormView(SETTINGS)
    String saveSettings(@PathVariable int year, @Valid @ModelAttribute("duesSettings") DuesSettingsForm form,
                        BindingResult errors, Model model, RedirectAttributes redirect) {
        model.addAttribute("year", known(year));
        if (errors.hasErrors()) {
            return SETTINGS;
        }
        settings.save(new SaveDuesSettings(year, form.getVersion(), form.getAmount().amount(),
                form.getGeneralAssemblyOn(), Integer.parseInt(form.getReminderDaysBefore().strip())));
        redirect.addFlashAttribute("confirmation", "dues.settings.saved");
        return "redirect:/cooperation/dues/" + year;
    }

    // ---- reminders

    @GetMapping("/{year}/reminders")
    String confirmReminders(@PathVariable int year, Model model) {
        YearView view = mapper.toView(overviews.overview(known(year)));
        if (view.settings() == null) {
            return "redirect:/cooperation/dues/" + year;
        }
        model.addAttribute("dues", view);
        return REMINDERS;
    }

    @PostMapping("/{year}/reminders")
    String sendReminders(@PathVariable int year, RedirectAttributes redirect) {
        RemindersOutcome outcome = reminders.sendToUnpaidMembers(known(year));
        redirect.addFlashAttribute("reminders", outcome);
        return "redirect:/cooperation/dues/" + year;
    }

    // ----

    private static int known(int year) {
        if (!DuesSettings.isValidYear(year)) {
            throw new NotFound(year);
        }
        return year;
    }
}
