package fr.ploucs.cooperation.dues.adapter.in.web;

import fr.ploucs.sharedkernel.NotFound;

import fr.ploucs.cooperation.dues.adapter.in.web.DuesViews.MemberChoice;
import fr.ploucs.cooperation.dues.adapter.in.web.DuesViews.MemberDuesView;
import fr.ploucs.cooperation.dues.adapter.in.web.DuesViews.YearView;
import fr.ploucs.cooperation.dues.application.port.in.DuesOverviewQuery;
import fr.ploucs.cooperation.dues.application.port.in.DuesOverviewQuery.DuesYearOverview;
import fr.ploucs.cooperation.dues.application.port.in.DuesPaymentNotFound;
import fr.ploucs.cooperation.dues.application.port.in.DuesPaymentsUseCase;
import fr.ploucs.cooperation.dues.application.port.in.DuesPaymentsUseCase.CorrectDuesPayment;
import fr.ploucs.cooperation.dues.application.port.in.DuesPaymentsUseCase.DeleteDuesPayment;
import fr.ploucs.cooperation.dues.application.port.in.DuesPaymentsUseCase.RecordDuesPayment;
import fr.ploucs.cooperation.dues.application.port.in.DuesSettingsUseCase;
import fr.ploucs.cooperation.dues.application.port.in.DuesSettingsUseCase.SaveDuesSettings;
import fr.ploucs.cooperation.members.application.port.in.MemberNotFound;
import fr.ploucs.cooperation.dues.application.port.in.SendDuesRemindersUseCase;
import fr.ploucs.cooperation.dues.application.port.in.SendDuesRemindersUseCase.RemindersOutcome;
import fr.ploucs.cooperation.dues.domain.DuesChangedMeanwhile;
import fr.ploucs.cooperation.dues.domain.DuesPayment;
import fr.ploucs.cooperation.dues.domain.DuesPaymentId;
import fr.ploucs.cooperation.dues.domain.DuesRuleViolation;
import fr.ploucs.cooperation.dues.domain.DuesSettings;
import fr.ploucs.cooperation.dues.domain.PaymentMeans;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.Money;
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
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The payments of dues: record one (proposing what the member still owes), correct it, delete it. The overview,
 * the settings of a year and the reminders are {@link DuesController}'s.
 */
@Controller
@RequestMapping("/cooperation/dues")
@PreAuthorize("hasRole('COORDINATOR')")
class DuesPaymentsController {

    private static final String PAYMENT = "cooperation/dues/payment";
    private static final String DELETE = "cooperation/dues/delete-payment";

    private final DuesPaymentsUseCase payments;
    private final DuesOverviewQuery overviews;
    private final DuesWebMapper mapper;
    private final Clock clock;

    DuesPaymentsController(DuesPaymentsUseCase payments, DuesOverviewQuery overviews, DuesWebMapper mapper,
                           Clock clock) {
        this.payments = payments;
        this.overviews = overviews;
        this.mapper = mapper;
        this.clock = clock;
    }

    @ModelAttribute("paymentMeans")
    @PreAuthorize("permitAll()")
    PaymentMeans[] paymentMeans() {
        return PaymentMeans.values();
    }


    @GetMapping("/{year}/payments/new")
    String newPayment(@PathVariable int year, @RequestParam(name = "member", required = false) UUID member,
                      Model model, RedirectAttributes redirect) {
        DuesYearOverview overview = overviews.overview(known(year));
        if (overview.settings() == null) {
            redirect.addFlashAttribute("notice", "dues.settings.missing");
            return "redirect:/cooperation/dues/" + year + "/settings";
        }
        DuesPaymentForm form = new DuesPaymentForm();
        form.setMemberId(member);
        form.setPaidOn(LocalDate.now(clock));
        Money suggested = overview.members().stream()
                .filter(dues -> dues.memberId().value().equals(member))
                .map(dues -> dues.balance().remaining())
                .filter(Money::isPositive)
                .findFirst().orElse(overview.settings().getAmount());
        form.setAmount(suggested);
        model.addAttribute("duesPayment", form);
        return paymentForm(overview, null, model);
    }

    @PostMapping("/{year}/payments")
    @FormView(PAYMENT)
    String recordPayment(@PathVariable int year, @Valid @ModelAttribute("duesPayment") DuesPaymentForm form,
                         BindingResult errors, Model model, RedirectAttributes redirect) {
        DuesYearOverview overview = overviews.overview(known(year));
        if (form.getMemberId() == null && !errors.hasFieldErrors("memberId")) {
            errors.rejectValue("memberId", "dues.payment.member.required");
        }
        String page = paymentForm(overview, null, model);
        if (errors.hasErrors()) {
            return page;
        }
        try {
            payments.record(new RecordDuesPayment(new MemberId(form.getMemberId()), year,
                    form.getAmount().amount(), form.getPaidOn(), form.getMeans(), form.getReference()));
        } catch (MemberNotFound e) {
            errors.rejectValue("memberId", "dues.payment.member-not-active");
            return page;
        }
        redirect.addFlashAttribute("confirmation", "dues.payment.recorded");
        return "redirect:/cooperation/dues/" + year;
    }

    @GetMapping("/{year}/payments/{id}/edit")
    String editPayment(@PathVariable int year, @PathVariable UUID id, Model model) {
        DuesPayment payment = load(year, id);
        model.addAttribute("duesPayment", mapper.toForm(payment));
        return paymentForm(overviews.overview(year), payment, model);
    }

    @PostMapping("/{year}/payments/{id}")
    @FormView(value = PAYMENT, changedMeanwhile = "dues.payment.changed-meanwhile")
    String correctPayment(@PathVariable int year, @PathVariable UUID id,
                          @Valid @ModelAttribute("duesPayment") DuesPaymentForm form, BindingResult errors,
                          Model model, RedirectAttributes redirect) {
        DuesPayment payment = load(year, id);
        form.setMemberId(payment.getMemberId().value());
        String page = paymentForm(overviews.overview(year), payment, model);
        if (errors.hasErrors()) {
            return page;
        }
        try {
            payments.correct(new CorrectDuesPayment(payment.getId(), form.getVersion(),
                    form.getAmount().amount(), form.getPaidOn(), form.getMeans(), form.getReference()));
        } catch (DuesPaymentNotFound e) {
            // Deleted meanwhile: said as a change made meanwhile, on the form.
            throw new DuesChangedMeanwhile(payment.getId().toString());
        }
        redirect.addFlashAttribute("confirmation", "dues.payment.corrected");
        return "redirect:/cooperation/dues/" + year;
    }

    @GetMapping("/{year}/payments/{id}/delete")
    String confirmDeletion(@PathVariable int year, @PathVariable UUID id, Model model) {
        return deletionPage(year, load(year, id), null, model);
    }

    @PostMapping("/{year}/payments/{id}/delete")
    String deletePayment(@PathVariable int year, @PathVariable UUID id,
                         @RequestParam(name = "version", required = false) Long version, Model model,
                         RedirectAttributes redirect) {
        DuesPayment payment = load(year, id);
        try {
            payments.delete(new DeleteDuesPayment(payment.getId(), version));
        } catch (DuesChangedMeanwhile | DuesPaymentNotFound e) {
            return deletionPage(year, payment, "dues.payment.changed-meanwhile", model);
        }
        redirect.addFlashAttribute("confirmation", "dues.payment.deleted");
        return "redirect:/cooperation/dues/" + year;
    }

    private String paymentForm(DuesYearOverview overview, DuesPayment payment, Model model) {
        model.addAttribute("year", overview.year());
        model.addAttribute("amountDue", overview.settings() == null ? null : overview.settings().getAmount().amount());
        model.addAttribute("paymentId", payment == null ? null : payment.getId().value());
        if (payment == null) {
            model.addAttribute("members", overview.members().stream()
                    .map(member -> new MemberChoice(member.memberId().value(), member.memberName())).toList());
        } else {
            model.addAttribute("memberName", overview.payments().stream()
                    .filter(line -> line.payment().getId().equals(payment.getId()))
                    .map(line -> line.memberName()).findFirst().orElse("?"));
        }
        return PAYMENT;
    }

    private String deletionPage(int year, DuesPayment payment, String error, Model model) {
        DuesYearOverview overview = overviews.overview(year);
        model.addAttribute("year", year);
        model.addAttribute("payment", overview.payments().stream()
                .filter(line -> line.payment().getId().equals(payment.getId()))
                .map(mapper::toView).findFirst()
                .orElseThrow(() -> new NotFound(payment.getId())));
        model.addAttribute("error", error);
        return DELETE;
    }

    private DuesPayment load(int year, UUID id) {
        return overviews.payment(new DuesPaymentId(id))
                .filter(payment -> payment.getYear() == known(year))
                .orElseThrow(() -> new NotFound(id));
    }

    private static int known(int year) {
        if (!DuesSettings.isValidYear(year)) {
            throw new NotFound(year);
        }
        return year;
    }
}
