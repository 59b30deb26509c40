package fr.ploucs.cooperation.funding.adapter.in.web;

import fr.ploucs.webparts.PlausibleDate;
import fr.ploucs.cooperation.funding.domain.ReportKind;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** A report owed to the funder: its kind and due date. */
public class ReportDeadlineForm {

    @NotNull(message = "{funding.report.kind.required}")
    private ReportKind kind;

    @NotNull(message = "{funding.report.dueOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate(pastYears = 10, futureYears = 10)
    private LocalDate dueOn;

    private Long version;

    public ReportKind getKind() { return kind; }
    public void setKind(ReportKind kind) { this.kind = kind; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
