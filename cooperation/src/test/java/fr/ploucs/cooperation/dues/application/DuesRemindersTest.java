package fr.ploucs.cooperation.dues.application;

import fr.ploucs.sharedkernel.Money;
import fr.ploucs.cooperation.dues.application.port.in.DuesOverviewQuery;
import fr.ploucs.cooperation.dues.application.port.in.DuesOverviewQuery.DuesYearOverview;
import fr.ploucs.cooperation.dues.application.port.in.DuesOverviewQuery.MemberDues;
import fr.ploucs.cooperation.dues.application.port.in.SendDuesRemindersUseCase.RemindersOutcome;
import fr.ploucs.cooperation.dues.application.port.out.DuesReminderLog;
import fr.ploucs.cooperation.dues.application.port.out.DuesSettingsRepository;
import fr.ploucs.cooperation.dues.application.port.out.ReminderMailer;
import fr.ploucs.cooperation.dues.application.port.out.ReminderMailer.DuesReminderMail;
import fr.ploucs.cooperation.dues.application.port.out.ReminderMailer.MailNotSent;
import fr.ploucs.cooperation.dues.domain.DuesBalance;
import fr.ploucs.cooperation.dues.domain.DuesReminder;
import fr.ploucs.cooperation.dues.domain.DuesSettings;
import fr.ploucs.cooperation.members.application.port.in.MemberDirectoryQuery.Contact;
import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.springframework.transaction.support.TransactionOperations;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class DuesRemindersTest {

    private static final Instant NOW = Instant.parse("2026-05-20T06:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    private static final DuesSettings SETTINGS =
            new DuesSettings(2026, Money.of("120"), LocalDate.of(2026, 6, 12), 30, 0L);

    @Mock
    private DuesOverviewQuery overviews;
    @Mock
    private DuesSettingsRepository settings;
    @Mock
    private DuesReminderLog log;
    @Mock
    private ReminderMailer mailer;

    private DuesReminders reminders;

    private final MemberDues unpaid = dues("Recyclerie des Landes", "ines@recyclerie.example", "0");
    private final MemberDues partly = dues("Terres & Liens", "paul@terres.example", "50");
    private final MemberDues paid = dues("Les Jardins du Marsan", "camille@jardins.example", "120");

    @BeforeEach
    void remindersAtAFixedTime() {
        reminders = new DuesReminders(overviews, settings, log, mailer, TransactionOperations.withoutTransaction(),
                TransactionOperations.withoutTransaction(), Clock.fixed(NOW, ZoneId.of("Europe/Paris")));
    }

    @Test
    void the_manual_reminder_goes_to_every_unpaid_member_with_what_it_still_owes_and_is_recorded() {
        when(overviews.overview(2026)).thenReturn(new DuesYearOverview(2026, SETTINGS, List.of(unpaid, partly, paid), List.of()));
        when(log.recordIfFirst(any())).thenReturn(true);

        RemindersOutcome outcome = reminders.sendToUnpaidMembers(2026);

        assertThat(outcome).isEqualTo(new RemindersOutcome(2, 0, false, 0));
        ArgumentCaptor<DuesReminderMail> mails = ArgumentCaptor.forClass(DuesReminderMail.class);
        verify(mailer, times(2)).send(mails.capture());
        assertThat(mails.getAllValues()).extracting(DuesReminderMail::recipientEmail)
                .containsExactly("ines@recyclerie.example", "paul@terres.example");
        DuesReminderMail toPaul = mails.getAllValues().get(1);
        assertThat(toPaul.recipientName()).isEqualTo("Paul Terres & Liens");
        assertThat(toPaul.remaining()).isEqualTo(Money.of("70.00"));
        assertThat(toPaul.generalAssemblyOn()).isEqualTo(LocalDate.of(2026, 6, 12));
        ArgumentCaptor<DuesReminder> recorded = ArgumentCaptor.forClass(DuesReminder.class);
        verify(log, times(2)).recordIfFirst(recorded.capture());
        assertThat(recorded.getAllValues()).allSatisfy(reminder -> {
            assertThat(reminder.kind()).isEqualTo(DuesReminder.Kind.MANUAL);
            assertThat(reminder.sentOn()).isEqualTo(TODAY);
            assertThat(reminder.year()).isEqualTo(2026);
        });
    }

    @Test
    void a_member_already_reminded_gets_nothing_more() {
        when(overviews.overview(2026)).thenReturn(new DuesYearOverview(2026, SETTINGS, List.of(unpaid, partly), List.of()));
        when(log.recordIfFirst(any())).thenReturn(false, true);

        RemindersOutcome outcome = reminders.sendToUnpaidMembers(2026);

        assertThat(outcome).isEqualTo(new RemindersOutcome(1, 1, false, 0));
        ArgumentCaptor<DuesReminderMail> mails = ArgumentCaptor.forClass(DuesReminderMail.class);
        verify(mailer).send(mails.capture());
        assertThat(mails.getValue().recipientEmail()).isEqualTo("paul@terres.example");
    }

    @Test
    void when_the_mail_server_fails_sending_stops_and_the_failure_is_reported() {
        when(overviews.overview(2026)).thenReturn(new DuesYearOverview(2026, SETTINGS, List.of(unpaid, partly), List.of()));
        when(log.recordIfFirst(any())).thenReturn(true);
        doThrow(new MailNotSent("Connection refused", null)).when(mailer).send(any());

        RemindersOutcome outcome = reminders.sendToUnpaidMembers(2026);

        assertThat(outcome).isEqualTo(new RemindersOutcome(0, 0, true, 2));
        verify(mailer, times(1)).send(any());
    }

    @Test
    void a_reminder_the_mail_server_refused_is_set_aside_with_its_answer_not_forgotten() {
        when(overviews.overview(2026)).thenReturn(new DuesYearOverview(2026, SETTINGS, List.of(unpaid), List.of()));
        when(log.recordIfFirst(any())).thenReturn(true);
        doThrow(new MailNotSent("550 mailbox unavailable", null)).when(mailer).send(any());

        reminders.sendToUnpaidMembers(2026);

        ArgumentCaptor<DuesReminder> failed = ArgumentCaptor.forClass(DuesReminder.class);
        verify(log).recordFailure(failed.capture(), org.mockito.ArgumentMatchers.eq(NOW),
                org.mockito.ArgumentMatchers.eq("550 mailbox unavailable"));
        assertThat(failed.getValue().recipientEmail()).isEqualTo("ines@recyclerie.example");
        assertThat(failed.getValue().kind()).isEqualTo(DuesReminder.Kind.MANUAL);
    }

    @Test
    void the_daily_job_reminds_only_for_years_whose_reminder_date_has_come() {
        DuesSettings notYet = new DuesSettings(2027, Money.of("130"), LocalDate.of(2027, 6, 12), 30, 0L);
        DuesSettings noAssembly = new DuesSettings(2025, Money.of("110"), null, 30, 0L);
        when(settings.findAll()).thenReturn(List.of(noAssembly, SETTINGS, notYet));
        when(overviews.overview(2026)).thenReturn(new DuesYearOverview(2026, SETTINGS, List.of(unpaid, paid), List.of()));
        List<DuesReminder> recorded = new ArrayList<>();
        when(log.recordIfFirst(any())).thenAnswer(invocation -> {
            DuesReminder reminder = invocation.getArgument(0);
            boolean first = recorded.stream().noneMatch(r -> r.memberId().equals(reminder.memberId())
                    && r.kind() == reminder.kind() && r.year() == reminder.year());
            if (first) {
                recorded.add(reminder);
            }
            return first;
        });

        RemindersOutcome firstRun = reminders.sendScheduledReminders();
        RemindersOutcome secondRun = reminders.sendScheduledReminders();

        assertThat(firstRun).isEqualTo(new RemindersOutcome(1, 0, false, 0));
        assertThat(secondRun).isEqualTo(new RemindersOutcome(0, 1, false, 0));
        verify(mailer, times(1)).send(any());
        assertThat(recorded).singleElement().satisfies(reminder ->
                assertThat(reminder.kind()).isEqualTo(DuesReminder.Kind.AUTOMATIC));
        verify(overviews, never()).overview(2027);
        verify(overviews, never()).overview(2025);
    }

    @Test
    void the_daily_job_sends_nothing_when_no_year_is_due() {
        when(settings.findAll()).thenReturn(List.of());

        assertThat(reminders.sendScheduledReminders()).isEqualTo(RemindersOutcome.NOTHING);
        verifyNoInteractions(mailer, log, overviews);
    }

    private static MemberDues dues(String name, String email, String paid) {
        return new MemberDues(MemberId.newId(), name, new Contact(name.equals("Terres & Liens") ? "Paul " + name
                : "Référent " + name, email), new DuesBalance(Money.of("120"), Money.of(paid)), null);
    }
}
