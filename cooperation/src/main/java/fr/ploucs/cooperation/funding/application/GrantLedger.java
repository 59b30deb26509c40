package fr.ploucs.cooperation.funding.application;

import fr.ploucs.cooperation.funding.application.port.in.FundingNotFound;
import fr.ploucs.cooperation.funding.application.port.in.GrantsUseCase;
import fr.ploucs.cooperation.funding.application.port.in.RemindReportDeadlinesUseCase;
import fr.ploucs.cooperation.funding.application.port.out.FunderRepository;
import fr.ploucs.cooperation.funding.application.port.out.GrantRepository;
import fr.ploucs.cooperation.funding.application.port.out.ReportReminderLog;
import fr.ploucs.cooperation.funding.domain.Earmark;
import fr.ploucs.cooperation.funding.domain.FunderId;
import fr.ploucs.cooperation.funding.domain.FundingApplicationId;
import fr.ploucs.cooperation.funding.domain.FundingChangedMeanwhile;
import fr.ploucs.cooperation.funding.domain.Grant;
import fr.ploucs.cooperation.shared.domain.GrantId;
import fr.ploucs.cooperation.funding.domain.ReportDeadline;
import fr.ploucs.cooperation.funding.domain.ReportKind;
import fr.ploucs.sharedkernel.events.GrantEarmark;
import fr.ploucs.sharedkernel.events.GrantEarmarkAdded;
import fr.ploucs.sharedkernel.events.ReportDeadlineApproaching;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Grants, their earmarks and the reports owed to funders; and the daily reminder of the reports due. A report is
 * reminded at each threshold it reaches (the configured number of days, 7 days, the due date), once: the reminder
 * log refuses a second record of the same report and threshold, so a job run twice publishes nothing new.
 */
@Service
@Transactional
class GrantLedger implements GrantsUseCase, RemindReportDeadlinesUseCase {

    static final int LAST_WEEK_THRESHOLD = 7;
    static final int DUE_DATE_THRESHOLD = 0;

    private final GrantRepository grants;
    private final FunderRepository funders;
    private final ReportReminderLog reminders;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int reminderDays;

    GrantLedger(GrantRepository grants, FunderRepository funders, ReportReminderLog reminders,
                ApplicationEventPublisher events, Clock clock,
                @Value("${ploucs.funding.report-reminder-days:30}") int reminderDays) {
        this.grants = grants;
        this.funders = funders;
        this.reminders = reminders;
        this.events = events;
        this.clock = clock;
        this.reminderDays = Math.max(0, reminderDays);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Grant> byId(GrantId id) {
        return grants.findById(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Grant> byApplication(FundingApplicationId applicationId) {
        return grants.findByApplication(applicationId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Grant> all() {
        return grants.findAll();
    }

    @Override
    public void addEarmark(GrantId id, Long expectedVersion, Earmark earmark) {
        Grant grant = current(id, expectedVersion);
        grant.addEarmark(earmark);
        Grant stored = grants.save(grant);
        events.publishEvent(new GrantEarmarkAdded(UUID.randomUUID(), clock.instant(), stored.getId().value(),
                funderName(stored.getFunderId()), stored.getTitle(), toEvent(earmark)));
    }

    @Override
    public void addReportDeadline(GrantId id, Long expectedVersion, ReportKind kind, LocalDate dueOn) {
        Grant grant = current(id, expectedVersion);
        grant.addReportDeadline(kind, dueOn);
        grants.save(grant);
    }

    @Override
    public void recordReportDone(GrantId id, Long expectedVersion, UUID reportId, LocalDate doneOn) {
        Grant grant = current(id, expectedVersion);
        grant.recordReportDone(reportId, doneOn);
        grants.save(grant);
    }

    @Override
    @Transactional(readOnly = true)
    public ReportsDue reportsDue() {
        LocalDate today = LocalDate.now(clock);
        List<DueReport> overdue = new ArrayList<>();
        List<DueReport> upcoming = new ArrayList<>();
        for (Grant grant : grants.findWithReportsNotDone()) {
            for (ReportDeadline report : grant.getReports()) {
                long daysLeft = report.daysLeft(today);
                if (report.done() || daysLeft > reminderDays) {
                    continue;
                }
                (daysLeft < 0 ? overdue : upcoming).add(new DueReport(grant, report, daysLeft));
            }
        }
        Comparator<DueReport> byDueDate = Comparator.comparing((DueReport due) -> due.report().dueOn())
                .thenComparing(due -> due.grant().getTitle());
        overdue.sort(byDueDate);
        upcoming.sort(byDueDate);
        return new ReportsDue(reminderDays, today, List.copyOf(overdue), List.copyOf(upcoming));
    }

    @Override
    public int remindDueReports() {
        LocalDate today = LocalDate.now(clock);
        TreeSet<Integer> thresholds = new TreeSet<>(List.of(reminderDays, DUE_DATE_THRESHOLD));
        if (LAST_WEEK_THRESHOLD < reminderDays) {
            thresholds.add(LAST_WEEK_THRESHOLD);
        }
        int published = 0;
        for (Grant grant : grants.findWithReportsNotDone()) {
            for (ReportDeadline report : grant.getReports()) {
                if (report.done()) {
                    continue;
                }
                // The nearest threshold reached: a report created 3 days before it is due is reminded once, not thrice.
                // An overdue report is at the due-date threshold.
                long daysLeft = Math.max(report.daysLeft(today), DUE_DATE_THRESHOLD);
                Integer threshold = daysLeft > reminderDays ? null : thresholds.ceiling((int) daysLeft);
                if (threshold == null || !reminders.recordFirstReminder(report.id(), threshold, clock.instant())) {
                    continue;
                }
                events.publishEvent(new ReportDeadlineApproaching(UUID.randomUUID(), clock.instant(),
                        grant.getId().value(), funderName(grant.getFunderId()), report.kind().name(), report.dueOn()));
                published++;
            }
        }
        return published;
    }

    static List<GrantEarmark> earmarksOf(Grant grant) {
        return grant.getEarmarks().stream().map(GrantLedger::toEvent).toList();
    }

    private static GrantEarmark toEvent(Earmark earmark) {
        return new GrantEarmark(earmark.kind().name(), earmark.amount().amount(),
                earmark.hourlyRate() == null ? null : earmark.hourlyRate().amount(), earmark.hours());
    }

    private String funderName(FunderId id) {
        return funders.findById(id).orElseThrow(() -> new FundingNotFound(id)).getDetails().name();
    }

    private Grant current(GrantId id, Long expectedVersion) {
        Grant grant = grants.findById(id).orElseThrow(() -> new FundingNotFound(id));
        if (grant.changedSince(expectedVersion)) {
            throw new FundingChangedMeanwhile(id);
        }
        return grant;
    }
}
