package fr.ploucs.cooperation.dues.domain;

import fr.ploucs.sharedkernel.Money;
import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DuesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private final MemberId member = MemberId.newId();

    @Test
    void settings_keep_the_amount_with_two_decimals_and_compute_the_reminder_date() {
        DuesSettings settings = new DuesSettings(2026, Money.of("120.5"), LocalDate.of(2026, 6, 12), 30, null);

        assertThat(settings.getAmount()).isEqualTo(Money.of("120.50"));
        assertThat(settings.reminderDate()).isEqualTo(LocalDate.of(2026, 5, 13));
    }

    @Test
    void the_automatic_reminder_is_due_from_its_date_until_the_day_before_the_assembly() {
        DuesSettings settings = new DuesSettings(2026, Money.of("120"), LocalDate.of(2026, 6, 12), 30, 0L);

        assertThat(settings.automaticReminderDueOn(LocalDate.of(2026, 5, 12))).isFalse();
        assertThat(settings.automaticReminderDueOn(LocalDate.of(2026, 5, 13))).isTrue();
        assertThat(settings.automaticReminderDueOn(LocalDate.of(2026, 6, 11))).isTrue();
        assertThat(settings.automaticReminderDueOn(LocalDate.of(2026, 6, 12))).isFalse();
    }

    @Test
    void without_an_assembly_date_no_automatic_reminder_is_ever_due() {
        DuesSettings settings = new DuesSettings(2026, Money.of("120"), null, 30, 0L);

        assertThat(settings.reminderDate()).isNull();
        assertThat(settings.automaticReminderDueOn(TODAY)).isFalse();
    }

    @Test
    void settings_refuse_a_zero_a_negative_a_huge_or_a_sub_cent_amount_and_odd_days_or_years() {
        assertRefused(() -> new DuesSettings(2026, Money.ZERO, null, 30, null), "dues.settings.amount.positive");
        assertRefused(() -> new DuesSettings(2026, Money.of("-5"), null, 30, null), "dues.settings.amount.positive");
        assertRefused(() -> new DuesSettings(2026, Money.of("100000"), null, 30, null), "dues.settings.amount.too-large");
        assertRefused(() -> DuesAmounts.euros(new BigDecimal("10.005"), "dues.settings.amount"),
                "dues.settings.amount.cents");
        assertRefused(() -> DuesAmounts.euros(new BigDecimal("100000"), "dues.payment.amount"),
                "dues.payment.amount.too-large");
        assertRefused(() -> new DuesSettings(2026, null, null, 30, null), "dues.settings.amount.required");
        assertRefused(() -> new DuesSettings(2026, Money.euros(10), null, 0, null), "dues.settings.reminderDays.range");
        assertRefused(() -> new DuesSettings(2026, Money.euros(10), null, 366, null), "dues.settings.reminderDays.range");
        assertRefused(() -> new DuesSettings(1999, Money.euros(10), null, 30, null), "dues.year.range");
        assertRefused(() -> new DuesSettings(2026, Money.euros(10), LocalDate.of(2030, 1, 1), 30, null),
                "dues.settings.generalAssemblyOn.year");
    }

    @Test
    void a_payment_cannot_be_received_in_the_future_and_keeps_a_tidy_reference() {
        assertRefused(() -> DuesPayment.received(DuesPaymentId.newId(), member, 2026, Money.euros(10),
                TODAY.plusDays(1), PaymentMeans.CHEQUE, null, TODAY), "dues.payment.paidOn.future");

        DuesPayment payment = DuesPayment.received(DuesPaymentId.newId(), member, 2026, Money.of("60"), TODAY,
                PaymentMeans.TRANSFER, "  VIR 2026-03  ", TODAY);

        assertThat(payment.getReference()).isEqualTo("VIR 2026-03");
        assertThat(payment.getAmount()).isEqualTo(Money.of("60.00"));
        assertThat(payment.getVersion()).isNull();
        assertRefused(() -> DuesPayment.received(DuesPaymentId.newId(), member, 2026, Money.euros(10), TODAY, null,
                null, TODAY), "dues.payment.means.required");
        assertRefused(() -> DuesPayment.received(DuesPaymentId.newId(), member, 2026, Money.euros(10), TODAY,
                PaymentMeans.CASH, "x".repeat(101), TODAY), "dues.payment.reference.size");
    }

    @Test
    void a_correction_keeps_the_member_year_and_version() {
        DuesPayment payment = new DuesPayment(DuesPaymentId.newId(), member, 2026, Money.euros(10), TODAY,
                PaymentMeans.CASH, null, 4L);

        DuesPayment corrected = payment.correct(Money.of("12.30"), TODAY.minusDays(2), PaymentMeans.CARD, "ticket 7",
                TODAY);

        assertThat(corrected.getId()).isEqualTo(payment.getId());
        assertThat(corrected.getMemberId()).isEqualTo(member);
        assertThat(corrected.getYear()).isEqualTo(2026);
        assertThat(corrected.getVersion()).isEqualTo(4L);
        assertThat(corrected.getAmount()).isEqualTo(Money.of("12.30"));
        assertThat(corrected.getMeans()).isEqualTo(PaymentMeans.CARD);
        assertThat(corrected.changedSince(4L)).isFalse();
        assertThat(corrected.changedSince(3L)).isTrue();
    }

    @Test
    void the_balance_adds_up_partial_payments() {
        DuesPayment first = payment("50");
        DuesPayment second = payment("70");

        assertThat(DuesBalance.of(Money.of("120"), List.of()).status()).isEqualTo(DuesBalance.Status.UNPAID);
        DuesBalance partly = DuesBalance.of(Money.of("120"), List.of(first));
        assertThat(partly.status()).isEqualTo(DuesBalance.Status.PARTLY_PAID);
        assertThat(partly.remaining()).isEqualTo(Money.of("70.00"));
        DuesBalance paid = DuesBalance.of(Money.of("120"), List.of(first, second));
        assertThat(paid.status()).isEqualTo(DuesBalance.Status.PAID);
        assertThat(paid.fullyPaid()).isTrue();
        assertThat(paid.remaining()).isEqualTo(Money.of("0.00"));
        assertThat(DuesBalance.of(Money.of("100"), List.of(first, second)).remaining())
                .isEqualTo(Money.of("0.00"));
    }

    private DuesPayment payment(String amount) {
        return new DuesPayment(DuesPaymentId.newId(), member, 2026, Money.of(amount), TODAY, PaymentMeans.CHEQUE,
                null, 0L);
    }

    private static void assertRefused(Runnable action, String reason) {
        assertThatExceptionOfType(DuesRuleViolation.class).isThrownBy(action::run)
                .satisfies(violation -> assertThat(violation.reason()).isEqualTo(reason));
    }
}
