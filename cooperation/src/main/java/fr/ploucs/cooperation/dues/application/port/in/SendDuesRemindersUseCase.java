package fr.ploucs.cooperation.dues.application.port.in;

/**
 * Reminder e-mails to the representatives of the active members who have not fully paid a year's dues. Each sent
 * reminder is recorded; a reminder is recorded only once the mail server accepted it.
 */
public interface SendDuesRemindersUseCase {

    /**
     * A coordinator's reminder, on demand, to every unpaid member of the year, except those already reminded by hand
     * today. Stops at the first refusal of the mail server.
     */
    RemindersOutcome sendToUnpaidMembers(int year);

    /**
     * The daily automatic reminder: for every year whose reminder date has come (and whose general assembly has not
     * yet), to every unpaid member not yet reminded automatically for that year. Running it twice sends nothing more.
     */
    RemindersOutcome sendScheduledReminders();

    /**
     * @param sent              reminders sent now
     * @param alreadySent       unpaid members skipped because this kind of reminder already went to them
     * @param mailServerFailed  whether the mail server refused or did not answer (the reminders after it were not sent)
     * @param notSent           unpaid members not reminded because of that failure
     */
    record RemindersOutcome(int sent, int alreadySent, boolean mailServerFailed, int notSent) {

        public static final RemindersOutcome NOTHING = new RemindersOutcome(0, 0, false, 0);

        public RemindersOutcome plus(RemindersOutcome other) {
            return new RemindersOutcome(sent + other.sent, alreadySent + other.alreadySent,
                    mailServerFailed || other.mailServerFailed, notSent + other.notSent);
        }
    }
}
