package fr.ploucs.cooperation;

import fr.ploucs.sharedkernel.Money;
import fr.ploucs.cooperation.dues.application.port.in.DuesOverviewQuery;
import fr.ploucs.cooperation.dues.application.port.in.DuesPaymentsUseCase;
import fr.ploucs.cooperation.dues.application.port.in.DuesPaymentsUseCase.RecordDuesPayment;
import fr.ploucs.cooperation.dues.application.port.in.DuesSettingsUseCase;
import fr.ploucs.cooperation.dues.application.port.in.DuesSettingsUseCase.SaveDuesSettings;
import fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase;
import fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase.RegisterMember;
import fr.ploucs.cooperation.dues.application.port.in.SendDuesRemindersUseCase;
import fr.ploucs.cooperation.dues.application.port.in.SendDuesRemindersUseCase.RemindersOutcome;
import fr.ploucs.cooperation.dues.domain.DuesBalance;
import fr.ploucs.cooperation.dues.domain.DuesChangedMeanwhile;
import fr.ploucs.cooperation.dues.domain.DuesSettings;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.dues.domain.PaymentMeans;
import fr.ploucs.cooperation.members.domain.Representative;
import fr.ploucs.sharedkernel.events.DuesPaid;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.NavigationEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The dues booted with the cooperation module against the real database. The mail server configured for the module's
 * tests (localhost, port 2) does not exist: the reminder test shows what happens then.
 */
@ApplicationModuleTest
@ExtendWith(OutputCaptureExtension.class)
class DuesModuleTest {

    private static final LocalDate JOINED_ON = LocalDate.of(2024, 3, 12);

    @Autowired
    private RegisterMemberUseCase registration;
    @Autowired
    private DuesSettingsUseCase settings;
    @Autowired
    private DuesPaymentsUseCase payments;
    @Autowired
    private DuesOverviewQuery overviews;
    @Autowired
    private SendDuesRemindersUseCase reminders;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private List<NavigationEntry> navigationEntries;

    @Test
    void recording_a_payment_publishes_that_dues_were_paid(Scenario scenario) {
        String name = unique("L'Atelier");
        MemberId id = register(name, "atelier@example.org");
        settings.save(new SaveDuesSettings(2031, null, new BigDecimal("120"), null, 30));

        scenario.stimulate(() -> payments.record(new RecordDuesPayment(id, 2031, new BigDecimal("45.5"),
                        LocalDate.now(), PaymentMeans.CHEQUE, "chèque 42")))
                .andWaitForEventOfType(DuesPaid.class)
                .matching(paid -> paid.memberId().equals(id))
                .toArriveAndVerify(paid -> {
                    assertThat(paid.memberName()).isEqualTo(name);
                    assertThat(paid.year()).isEqualTo(2031);
                    assertThat(paid.amount()).isEqualTo(new BigDecimal("45.50"));
                    assertThat(paid.notificationArguments()).containsExactly(name, "2031", "45.50", "45,50");
                    DuesOverviewQuery.MemberDues dues = overviews.overview(2031).members().stream()
                            .filter(member -> member.memberId().equals(id)).findFirst().orElseThrow();
                    assertThat(dues.balance().status()).isEqualTo(DuesBalance.Status.PARTLY_PAID);
                    assertThat(dues.balance().remaining()).isEqualTo(Money.of("74.50"));
                });
    }

    @Test
    void settings_are_versioned_and_a_stale_save_changes_nothing() {
        DuesSettings created = settings.save(new SaveDuesSettings(2032, null, new BigDecimal("100"),
                LocalDate.of(2032, 6, 1), 30));
        settings.save(new SaveDuesSettings(2032, created.getVersion(), new BigDecimal("110"), LocalDate.of(2032, 6, 1), 15));

        assertThatExceptionOfType(DuesChangedMeanwhile.class).isThrownBy(() -> settings.save(
                new SaveDuesSettings(2032, created.getVersion(), new BigDecimal("999"), null, 30)));
        DuesSettings stored = settings.settings(2032).orElseThrow();
        assertThat(stored.getAmount()).isEqualTo(Money.of("110.00"));
        assertThat(stored.getReminderDaysBefore()).isEqualTo(15);
        assertThat(stored.getVersion()).isEqualTo(1L);
    }

    @Test
    void when_no_mail_server_answers_the_reminder_reports_it_and_records_nothing_as_sent() {
        MemberId id = register(unique("Sans courriel"), "personne@example.org");
        settings.save(new SaveDuesSettings(2033, null, new BigDecimal("80"), null, 30));

        RemindersOutcome outcome = reminders.sendToUnpaidMembers(2033);

        assertThat(outcome.mailServerFailed()).isTrue();
        assertThat(outcome.sent()).isZero();
        assertThat(outcome.notSent()).isPositive();
        assertThat(jdbc.sql("select count(*) from cooperation.dues_reminder where year = 2033")
                .query(Long.class).single()).isZero();
        assertThat(overviews.overview(2033).unpaid()).anySatisfy(member -> {
            assertThat(member.memberId()).isEqualTo(id);
            assertThat(member.lastReminder()).isNull();
        });
    }

    @Test
    void a_reminder_the_mail_server_refused_is_kept_among_the_failures_and_logged_without_the_address(
            CapturedOutput output) {
        register(unique("Refusée"), "refus." + System.nanoTime() + "@example.org");
        settings.save(new SaveDuesSettings(2034, null, new BigDecimal("80"), null, 30));

        RemindersOutcome outcome = reminders.sendToUnpaidMembers(2034);

        // Sending stops at the first refusal: that reminder is set aside, with the server's answer.
        assertThat(outcome.mailServerFailed()).isTrue();
        assertThat(jdbc.sql("select count(*) from cooperation.dues_reminder where year = 2034")
                .query(Long.class).single()).isZero();
        List<String> refused = jdbc.sql("""
                        select recipient_email from cooperation.dues_reminder_failure
                        where year = 2034 and kind = 'MANUAL' and reason <> ''""")
                .query(String.class).list();
        assertThat(refused).hasSize(1);
        assertThat(output.getAll()).contains("Dues 2034: the mail server did not take the reminder")
                .doesNotContain(refused.get(0));
    }

    @Test
    void coordinators_find_the_dues_in_the_navigation() {
        assertThat(navigationEntries).contains(
                NavigationEntry.forCoordinators("cooperation", "dues", "nav.cooperation.dues", "/cooperation/dues", 35));
    }

    private MemberId register(String name, String email) {
        return registration.register(new RegisterMember(new MemberDetails(name, LegalForm.ASSOCIATION_LOI_1901, null,
                "Morcenx-la-Nouvelle", new Representative("Camille Dupin", email, null)), JOINED_ON));
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
