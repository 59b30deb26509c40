package fr.ploucs.cooperation.dues.application.port.out;

import fr.ploucs.cooperation.dues.domain.DuesReminder;
import fr.ploucs.sharedkernel.MemberId;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The reminders sent, so that none is sent twice (and the coordinators see when the last one went). */
public interface DuesReminderLog {

    /**
     * Records the reminder unless one of the same kind is already recorded for the same member and year (automatic)
     * or the same member, year and day (manual). Inside a transaction, a concurrent record of the same reminder
     * waits for this one to commit or roll back.
     *
     * @return whether it was recorded, that is, whether it is the first of its kind
     */
    boolean recordIfFirst(DuesReminder reminder);

    /**
     * The mail server refused a recorded reminder after its transaction committed: it is no longer counted as sent
     * (so a later run may send it again) and is kept among the failed reminders, with the server's answer.
     */
    void recordFailure(DuesReminder reminder, Instant failedAt, String reason);

    /** The latest reminder of any kind sent to each member for the year. */
    Map<MemberId, DuesReminder> latestByMember(int year);

    /** The latest reminder of any kind sent to the member for the year. */
    Optional<DuesReminder> latestOf(MemberId memberId, int year);
}
