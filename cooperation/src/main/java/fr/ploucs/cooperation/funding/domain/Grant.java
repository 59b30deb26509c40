package fr.ploucs.cooperation.funding.domain;

import fr.ploucs.cooperation.shared.domain.GrantId;

import fr.ploucs.sharedkernel.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A grant obtained (« subvention »): created when an application is granted, for a period, earmarked for uses whose
 * sum never exceeds its amount, with the reports owed to the funder.
 */
public class Grant {

    private final GrantId id;
    private final FundingApplicationId applicationId;
    private final FunderId funderId;
    private final String title;
    private final Money amount;
    private final LocalDate startsOn;
    private final LocalDate endsOn;
    private final List<Earmark> earmarks;
    private final List<ReportDeadline> reports;
    private final Long version;

    public Grant(GrantId id, FundingApplicationId applicationId, FunderId funderId, String title, Money amount,
                 LocalDate startsOn, LocalDate endsOn, List<Earmark> earmarks, List<ReportDeadline> reports,
                 Long version) {
        this.id = Objects.requireNonNull(id);
        this.applicationId = Objects.requireNonNull(applicationId);
        this.funderId = Objects.requireNonNull(funderId);
        this.title = Objects.requireNonNull(title);
        if (amount == null || !amount.isPositive()) {
            throw new FundingRuleViolation("amount", "funding.rule.amount-positive");
        }
        this.amount = amount;
        if (startsOn == null || endsOn == null) {
            throw new FundingRuleViolation("funding.grant.rule.period-required");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new FundingRuleViolation("endsOn", "funding.grant.rule.period-order");
        }
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.earmarks = new ArrayList<>(earmarks == null ? List.of() : earmarks);
        this.reports = new ArrayList<>(reports == null ? List.of() : reports);
        this.version = version;
    }

    /** The grant of an application the funder has just granted. */
    public static Grant of(GrantId id, FundingApplication application, LocalDate startsOn, LocalDate endsOn) {
        if (application.getStatus() != ApplicationStatus.GRANTED) {
            throw new IllegalStateException("only a granted application has a grant");
        }
        return new Grant(id, application.getId(), application.getDetails().funderId(),
                application.getDetails().title(), application.getAmountGranted(), startsOn, endsOn, List.of(),
                List.of(), null);
    }

    /** @throws FundingRuleViolation when the earmarks would add up to more than the grant */
    public void addEarmark(Earmark earmark) {
        Objects.requireNonNull(earmark);
        if (earmarkedTotal().plus(earmark.amount()).isGreaterThan(amount)) {
            throw new FundingRuleViolation("funding.grant.rule.earmarks-exceed-amount");
        }
        earmarks.add(earmark);
    }

    public Money earmarkedTotal() {
        return Money.sum(earmarks.stream().map(Earmark::amount));
    }

    public Money notEarmarked() {
        return amount.minus(earmarkedTotal());
    }

    public ReportDeadline addReportDeadline(ReportKind kind, LocalDate dueOn) {
        if (dueOn == null) {
            throw new FundingRuleViolation("funding.report.rule.due-required");
        }
        ReportDeadline report = new ReportDeadline(UUID.randomUUID(), kind, dueOn, null);
        reports.add(report);
        return report;
    }

    public void recordReportDone(UUID reportId, LocalDate on) {
        if (on == null) {
            throw new FundingRuleViolation("funding.report.rule.done-required");
        }
        for (int i = 0; i < reports.size(); i++) {
            ReportDeadline report = reports.get(i);
            if (report.id().equals(reportId)) {
                if (report.done()) {
                    throw new FundingRuleViolation("funding.report.rule.already-done");
                }
                reports.set(i, report.doneOn(on));
                return;
            }
        }
        throw new FundingRuleViolation("funding.report.rule.no-such-report");
    }

    public boolean changedSince(Long expectedVersion) {
        return !Objects.equals(version, expectedVersion);
    }

    public GrantId getId() { return id; }
    public FundingApplicationId getApplicationId() { return applicationId; }
    public FunderId getFunderId() { return funderId; }
    public String getTitle() { return title; }
    public Money getAmount() { return amount; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public List<Earmark> getEarmarks() { return List.copyOf(earmarks); }
    public List<ReportDeadline> getReports() {
        return reports.stream().sorted(java.util.Comparator.comparing(ReportDeadline::dueOn)).toList();
    }
    public Long getVersion() { return version; }
}
