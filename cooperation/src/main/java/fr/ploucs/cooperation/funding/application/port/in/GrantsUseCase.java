package fr.ploucs.cooperation.funding.application.port.in;

import fr.ploucs.cooperation.funding.domain.Earmark;
import fr.ploucs.cooperation.funding.domain.FundingApplicationId;
import fr.ploucs.cooperation.funding.domain.Grant;
import fr.ploucs.cooperation.shared.domain.GrantId;
import fr.ploucs.cooperation.funding.domain.ReportDeadline;
import fr.ploucs.cooperation.funding.domain.ReportKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The grants obtained (« subventions »), their earmarks and the reports owed to the funders. */
public interface GrantsUseCase {

    Optional<Grant> byId(GrantId id);

    Optional<Grant> byApplication(FundingApplicationId applicationId);

    /** Every grant, the latest period first. */
    List<Grant> all();

    /** @throws fr.ploucs.cooperation.funding.domain.FundingRuleViolation when the earmarks would exceed the grant */
    void addEarmark(GrantId id, Long expectedVersion, Earmark earmark);

    void addReportDeadline(GrantId id, Long expectedVersion, ReportKind kind, LocalDate dueOn);

    void recordReportDone(GrantId id, Long expectedVersion, UUID reportId, LocalDate doneOn);

    /** The reports not yet done that are overdue or due within the configured number of days. */
    ReportsDue reportsDue();

    record ReportsDue(int withinDays, LocalDate today, List<DueReport> overdue, List<DueReport> upcoming) {
    }

    record DueReport(Grant grant, ReportDeadline report, long daysLeft) {
    }
}
