package fr.ploucs.cooperation.mutualisation.adapter.in.web;

import fr.ploucs.webparts.PlausibleDate;
import fr.ploucs.webparts.PeriodInOrder;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDateTime;
import java.util.UUID;

/** « Réserver »: which member, from when to when (Paris time, as typed in a datetime-local field), and what for. */
@PeriodInOrder(start = "startsAt", end = "endsAt", sameAllowed = false, message = "{booking.rule.end-before-start}")
public class BookingForm {

    /** What an HTML datetime-local field sends and shows, to the minute. */
    static final String DATE_TIME_LOCAL = "yyyy-MM-dd'T'HH:mm";

    @NotNull(message = "{booking.member.required}")
    private UUID memberId;

    @NotNull(message = "{booking.startsAt.required}")
    @DateTimeFormat(pattern = DATE_TIME_LOCAL, fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss")
    @PlausibleDate(pastYears = 1, futureYears = 3)
    private LocalDateTime startsAt;

    @NotNull(message = "{booking.endsAt.required}")
    @DateTimeFormat(pattern = DATE_TIME_LOCAL, fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss")
    @PlausibleDate(pastYears = 1, futureYears = 3)
    private LocalDateTime endsAt;

    @NotBlank(message = "{booking.purpose.required}")
    @Size(max = 500, message = "{booking.purpose.size}")
    private String purpose;

    public UUID getMemberId() { return memberId; }
    public void setMemberId(UUID memberId) { this.memberId = memberId; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalDateTime endsAt) { this.endsAt = endsAt; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }

    /**
     * Not typed: where the errors about the period as a whole (it overlaps another booking, it is past) are bound,
     * so the page shows them next to the period's two fields.
     */
    public String getPeriod() { return null; }
}
