package fr.ploucs.cooperation.members.adapter.in.web;

import fr.ploucs.webparts.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** A departure or a return: its date and reason (the reason is required for a departure, by the domain). */
public class MembershipChangeForm {

    @NotNull(message = "{membership.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate(notBeforeYear = 1901, pastYears = PlausibleDate.ANY, futureYears = 0, tooLate = "{membership.date.future}")
    private LocalDate date;

    @Size(max = 1000, message = "{membership.reason.size}")
    private String reason;

    private Long version;

    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
