package fr.ploucs.cooperation.funding.application.port.out;

import java.time.Instant;
import java.util.UUID;

/** Remembers which reminders were sent, so that each report gets one per threshold even if the job runs twice. */
public interface ReportReminderLog {

    /** @return true if this is the first time for this report and threshold, false if it was already recorded */
    boolean recordFirstReminder(UUID reportId, int thresholdDays, Instant at);
}
