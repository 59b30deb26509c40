package fr.ploucs.cooperation.dues.application;

import fr.ploucs.cooperation.dues.application.port.in.DuesOverviewQuery;
import fr.ploucs.cooperation.dues.application.port.in.DuesOverviewQuery.DuesYearOverview;
import fr.ploucs.cooperation.dues.application.port.in.DuesOverviewQuery.MemberDues;
import fr.ploucs.cooperation.dues.application.port.in.SendDuesRemindersUseCase;
import fr.ploucs.cooperation.dues.application.port.out.DuesReminderLog;
import fr.ploucs.cooperation.dues.application.port.out.DuesSettingsRepository;
import fr.ploucs.cooperation.dues.application.port.out.ReminderMailer;
import fr.ploucs.cooperation.dues.application.port.out.ReminderMailer.DuesReminderMail;
import fr.ploucs.cooperation.dues.application.port.out.ReminderMailer.MailNotSent;
import fr.ploucs.cooperation.dues.domain.DuesReminder;
import fr.ploucs.cooperation.dues.domain.DuesSettings;
import fr.ploucs.cooperation.members.domain.Representative;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Sends the dues reminders. Each reminder is one transaction: it is recorded first (a unique index refuses a second
 * one of the same kind, and makes a concurrent run wait), then mailed; when the mail server fails, the transaction
 * rolls back and the reminder is not recorded as sent. A crash between the server accepting the mail and the commit
 * is the only way a reminder could go twice.
 */
@Service
class DuesReminders implements SendDuesRemindersUseCase {

    private static final Logger log = LoggerFactory.getLogger(DuesReminders.class);

    private final DuesOverviewQuery overviews;
    private final DuesSettingsRepository settings;
    private final DuesReminderLog reminders;
    private final ReminderMailer mailer;
    private final TransactionOperations transactions;
    private final Clock clock;

    DuesReminders(DuesOverviewQuery overviews, DuesSettingsRepository settings, DuesReminderLog reminders,
                  ReminderMailer mailer, TransactionOperations transactions, Clock clock) {
        this.overviews = overviews;
        this.settings = settings;
        this.reminders = reminders;
        this.mailer = mailer;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public RemindersOutcome sendToUnpaidMembers(int year) {
        return send(overviews.overview(year), DuesReminder.Kind.MANUAL);
    }

    @Override
    public RemindersOutcome sendScheduledReminders() {
        LocalDate today = LocalDate.now(clock);
        RemindersOutcome outcome = RemindersOutcome.NOTHING;
        for (DuesSettings year : settings.findAll()) {
            if (year.automaticReminderDueOn(today)) {
                RemindersOutcome sent = send(overviews.overview(year.getYear()), DuesReminder.Kind.AUTOMATIC);
                log.info("Dues {}: automatic reminders sent {}, already sent {}, not sent {}", year.getYear(),
                        sent.sent(), sent.alreadySent(), sent.notSent());
                outcome = outcome.plus(sent);
            }
        }
        return outcome;
    }

    private RemindersOutcome send(DuesYearOverview overview, DuesReminder.Kind kind) {
        List<MemberDues> unpaid = overview.unpaid();
        int sent = 0;
        int alreadySent = 0;
        for (int i = 0; i < unpaid.size(); i++) {
            MemberDues member = unpaid.get(i);
            try {
                if (sendOnce(overview, member, kind)) {
                    sent++;
                } else {
                    alreadySent++;
                }
            } catch (MailNotSent e) {
                // No name nor address in the log: the member's id, and the server's answer without addresses.
                log.warn("Dues {}: the mail server did not take the reminder to member {}: {}", overview.year(),
                        member.memberId(), String.valueOf(e.getMessage()).replaceAll("[^\\s<>()\\[\\],;:\"']+@[^\\s<>()\\[\\],;:\"']+", "<address>"));
                return new RemindersOutcome(sent, alreadySent, true, unpaid.size() - i);
            }
        }
        return new RemindersOutcome(sent, alreadySent, false, 0);
    }

    private boolean sendOnce(DuesYearOverview overview, MemberDues member, DuesReminder.Kind kind) {
        Instant now = clock.instant();
        Representative representative = member.representative();
        DuesReminder reminder = new DuesReminder(member.memberId(), overview.year(), kind, now,
                LocalDate.ofInstant(now, clock.getZone()), representative.name(), representative.email());
        Boolean first = transactions.execute(status -> {
            if (!reminders.recordIfFirst(reminder)) {
                return false;
            }
            DuesSettings year = overview.settings();
            mailer.send(new DuesReminderMail(representative.name(), representative.email(), member.memberName(),
                    overview.year(), member.balance().due(), member.balance().paid(), member.balance().remaining(),
                    year.getGeneralAssemblyOn()));
            return true;
        });
        return Boolean.TRUE.equals(first);
    }
}
