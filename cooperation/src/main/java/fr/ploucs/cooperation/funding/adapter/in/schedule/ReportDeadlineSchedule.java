package fr.ploucs.cooperation.funding.adapter.in.schedule;

import fr.ploucs.cooperation.funding.application.port.in.RemindReportDeadlinesUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every morning, reminds the coordinators of the reports owed to funders that are due soon or overdue. The use case
 * is idempotent (one reminder per report and threshold), so a second run or a second instance sends nothing new.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReportDeadlineSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(ReportDeadlineSchedule.class);

    private final RemindReportDeadlinesUseCase reminders;

    ReportDeadlineSchedule(RemindReportDeadlinesUseCase reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${ploucs.funding.report-reminder-cron:0 0 7 * * *}", zone = "Europe/Paris")
    void remindDueReports() {
        int sent = reminders.remindDueReports();
        LOG.info("Funding: {} report reminder(s) published", sent);
    }
}
