package fr.ploucs.cooperation.funding.application.port.in;

/** Tells the coordinators, once per report and threshold, that a report owed to a funder is due soon or overdue. */
public interface RemindReportDeadlinesUseCase {

    /** @return how many reminders were published by this run */
    int remindDueReports();
}
