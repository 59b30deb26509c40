package fr.ploucs.cooperation.funding.adapter.in.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.UUID;

/** The date a report was sent to the funder. */
public class ReportDoneForm {

    private UUID reportId;

    @NotNull(message = "{funding.report.doneOn.required}")
    @PastOrPresent(message = "{funding.report.doneOn.future}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate doneOn;

    private Long version;

    public UUID getReportId() { return reportId; }
    public void setReportId(UUID reportId) { this.reportId = reportId; }
    public LocalDate getDoneOn() { return doneOn; }
    public void setDoneOn(LocalDate doneOn) { this.doneOn = doneOn; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
