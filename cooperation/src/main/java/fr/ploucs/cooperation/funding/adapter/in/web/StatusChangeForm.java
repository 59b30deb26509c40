package fr.ploucs.cooperation.funding.adapter.in.web;

import fr.ploucs.webparts.PlausibleDate;
import fr.ploucs.webparts.PeriodInOrder;

import fr.ploucs.sharedkernel.Money;
import fr.ploucs.webparts.MoneyInput;


import fr.ploucs.cooperation.funding.domain.ApplicationStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * A step of an application: the new status and its date (for a submission, the submission date), a comment (for a
 * rejection, the reason), and for a grant the amount granted and the period it covers.
 */
@PeriodInOrder(start = "grantStartsOn", end = "grantEndsOn", message = "{funding.grant.rule.period-order}")
public class StatusChangeForm {

    @NotNull(message = "{funding.status-change.target.required}")
    private ApplicationStatus target;

    @NotNull(message = "{funding.status-change.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate(pastYears = 10, futureYears = 0, tooLate = "{funding.status-change.date.future}")
    private LocalDate date;

    @Size(max = 1000, message = "{funding.status-change.comment.size}")
    private String comment;

    @MoneyInput
    private Money amountGranted;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate(pastYears = 10, futureYears = 10)
    private LocalDate grantStartsOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate(pastYears = 10, futureYears = 15)
    private LocalDate grantEndsOn;

    private Long version;

    public ApplicationStatus getTarget() { return target; }
    public void setTarget(ApplicationStatus target) { this.target = target; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public Money getAmountGranted() { return amountGranted; }
    public void setAmountGranted(Money amountGranted) { this.amountGranted = amountGranted; }
    public LocalDate getGrantStartsOn() { return grantStartsOn; }
    public void setGrantStartsOn(LocalDate grantStartsOn) { this.grantStartsOn = grantStartsOn; }
    public LocalDate getGrantEndsOn() { return grantEndsOn; }
    public void setGrantEndsOn(LocalDate grantEndsOn) { this.grantEndsOn = grantEndsOn; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
