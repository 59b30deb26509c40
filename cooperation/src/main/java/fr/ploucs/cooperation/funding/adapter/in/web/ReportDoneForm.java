package fr.ploucs.cooperation.funding.adapter.in.web;

import fr.ploucs.webparts.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.UUID;

/** The date a report was sent to the funder. */
public class ReportDoneForm {

    private UUID reportId;

    @NotNull(message = "{funding.report.doneOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate(pastYears = 10, futureYears = 0, tooLate = "{funding.report.doneOn.future}")
    private LocalDate doneOn;

    private Long version;

    public UUID getReportId() { return reportId; }
    public void setReportId(UUID reportId) { this.reportId = reportId; }
    public LocalDate getDoneOn() { return doneOn; }
    public void setDoneOn(LocalDate doneOn) { this.doneOn = doneOn; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
