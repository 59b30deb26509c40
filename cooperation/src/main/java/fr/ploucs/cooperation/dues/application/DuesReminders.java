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
import fr.ploucs.cooperation.members.application.port.in.MemberDirectoryQuery.Contact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Sends the dues reminders. Each reminder is first recorded in a transaction of its own (a unique index refuses a
 * second one of the same kind, and makes a concurrent run wait); the e-mail goes only once that transaction has
 * committed, so no reminder is mailed for a record that was rolled back, and no SMTP conversation holds a transaction
 * open. When the mail server then refuses it, the record is not rolled back but moved, in a new transaction, among
 * the failed reminders (kept with the server's answer, no longer counted as sent, so that a later run sends it again)
 * and the failure is logged without the e-mail address. Called within a caller's transaction, the reminders are
 * mailed when that transaction commits, and not at all if it rolls back (the outcome then counts them as sent, and
 * a refusal can no longer stop the run). A crash between the commit and the mail
 * server accepting the mail is the only way a reminder could be recorded and not sent.
 */
@Service
class DuesReminders implements SendDuesRemindersUseCase {

    private static final Logger log = LoggerFactory.getLogger(DuesReminders.class);

    private final DuesOverviewQuery overviews;
    private final DuesSettingsRepository settings;
    private final DuesReminderLog reminders;
    private final ReminderMailer mailer;
    private final TransactionOperations transactions;
    private final TransactionOperations newTransactions;
    private final Clock clock;

    @Autowired
    DuesReminders(DuesOverviewQuery overviews, DuesSettingsRepository settings, DuesReminderLog reminders,
                  ReminderMailer mailer, PlatformTransactionManager transactionManager, Clock clock) {
        this(overviews, settings, reminders, mailer, new TransactionTemplate(transactionManager),
                requiresNew(transactionManager), clock);
    }

    DuesReminders(DuesOverviewQuery overviews, DuesSettingsRepository settings, DuesReminderLog reminders,
                  ReminderMailer mailer, TransactionOperations transactions, TransactionOperations newTransactions,
                  Clock clock) {
        this.overviews = overviews;
        this.settings = settings;
        this.reminders = reminders;
        this.mailer = mailer;
        this.transactions = transactions;
        this.newTransactions = newTransactions;
        this.clock = clock;
    }

    private static TransactionTemplate requiresNew(PlatformTransactionManager transactionManager) {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return template;
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
            switch (sendOnce(overview, unpaid.get(i), kind)) {
                case ALREADY_SENT -> alreadySent++;
                case FAILED -> {
                    return new RemindersOutcome(sent, alreadySent, true, unpaid.size() - i);
                }
                default -> sent++;
            }
        }
        return new RemindersOutcome(sent, alreadySent, false, 0);
    }

    private Delivery sendOnce(DuesYearOverview overview, MemberDues member, DuesReminder.Kind kind) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Contact representative = member.representative();
        DuesReminder reminder = new DuesReminder(member.memberId(), overview.year(), kind, now,
                LocalDate.ofInstant(now, clock.getZone()), representative.name(), representative.email());
        DuesReminderMail mail = new DuesReminderMail(representative.name(), representative.email(),
                member.memberName(), overview.year(), member.balance().due(), member.balance().paid(),
                member.balance().remaining(), overview.settings().getGeneralAssemblyOn());
        PendingReminder pending = transactions.execute(status -> {
            if (!reminders.recordIfFirst(reminder)) {
                return null;
            }
            PendingReminder recorded = new PendingReminder(reminder, member.memberName(), mail);
            if (!status.isNewTransaction() && TransactionSynchronizationManager.isSynchronizationActive()) {
                // Within the caller's transaction: mail when it commits, never if it rolls back.
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        recorded.deliver();
                    }
                });
                recorded.deferred = true;
            }
            return recorded;
        });
        if (pending == null) {
            return Delivery.ALREADY_SENT;
        }
        if (!pending.deferred) {
            pending.deliver();
        }
        return pending.delivery;
    }

    private enum Delivery { ALREADY_SENT, SENT, FAILED, WHEN_THE_CALLER_COMMITS }

    /** A recorded reminder whose e-mail goes once the record is committed. */
    private final class PendingReminder {
        private final DuesReminder reminder;
        private final String memberName;
        private final DuesReminderMail mail;
        private boolean deferred;
        private Delivery delivery = Delivery.WHEN_THE_CALLER_COMMITS;

        private PendingReminder(DuesReminder reminder, String memberName, DuesReminderMail mail) {
            this.reminder = reminder;
            this.memberName = memberName;
            this.mail = mail;
        }

        void deliver() {
            try {
                mailer.send(mail);
                delivery = Delivery.SENT;
            } catch (MailNotSent e) {
                delivery = Delivery.FAILED;
                // The member's id, never its name nor an address: no personal data in the logs.
                log.warn("Dues {}: the mail server did not take the reminder to the representative of member {}: {}",
                        reminder.year(), reminder.memberId(), e.getMessage());
                try {
                    newTransactions.executeWithoutResult(status ->
                            reminders.recordFailure(reminder, clock.instant(), e.getMessage()));
                } catch (RuntimeException failure) {
                    log.error("Dues {}: the failed reminder to the representative of member {} could not be set aside",
                            reminder.year(), reminder.memberId(), failure);
                }
            }
        }
    }
}
