package fr.ploucs.cooperation.mutualisation.domain;

import fr.ploucs.sharedkernel.MemberId;

import java.time.Instant;
import java.util.Objects;

/**
 * A member structure's booking (« réservation ») of a shared resource for a period. A cancelled booking is kept, with
 * its status, and no longer holds the period. Two active bookings of one resource never overlap: the database
 * guarantees it even for bookings made at the same moment ({@link ResourceAlreadyBooked}).
 */
public class Booking {

    private final BookingId id;
    private final SharedResourceId resourceId;
    private final MemberId memberId;
    private final BookingPeriod period;
    private final String purpose;
    private BookingStatus status;
    private final Long version;

    /** Rebuilds a stored booking; new ones come from {@link #book}. */
    public Booking(BookingId id, SharedResourceId resourceId, MemberId memberId, BookingPeriod period, String purpose,
                   BookingStatus status, Long version) {
        this.id = Objects.requireNonNull(id);
        this.resourceId = Objects.requireNonNull(resourceId);
        this.memberId = Objects.requireNonNull(memberId);
        this.period = Objects.requireNonNull(period);
        this.purpose = purpose;
        this.status = Objects.requireNonNull(status);
        this.version = version;
    }

    /** @throws MutualisationRuleViolation when the period starts before {@code now} or no purpose is given */
    public static Booking book(BookingId id, SharedResourceId resourceId, MemberId memberId, BookingPeriod period,
                               String purpose, Instant now) {
        if (period.startsAt().isBefore(now)) {
            throw new MutualisationRuleViolation("booking.rule.in-the-past");
        }
        if (purpose == null || purpose.isBlank()) {
            throw new MutualisationRuleViolation("booking.rule.purpose-required");
        }
        return new Booking(id, resourceId, memberId, period, purpose.strip(), BookingStatus.ACTIVE, null);
    }

    public void cancel() {
        if (status == BookingStatus.CANCELLED) {
            throw new MutualisationRuleViolation("booking.rule.already-cancelled");
        }
        status = BookingStatus.CANCELLED;
    }

    public boolean isActive() {
        return status == BookingStatus.ACTIVE;
    }

    public boolean changedSince(Long expectedVersion) {
        return !Objects.equals(version, expectedVersion);
    }

    public BookingId getId() {
        return id;
    }

    public SharedResourceId getResourceId() {
        return resourceId;
    }

    public MemberId getMemberId() {
        return memberId;
    }

    public BookingPeriod getPeriod() {
        return period;
    }

    public String getPurpose() {
        return purpose;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public Long getVersion() {
        return version;
    }
}
