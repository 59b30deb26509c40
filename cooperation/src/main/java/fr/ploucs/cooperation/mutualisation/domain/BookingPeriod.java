package fr.ploucs.cooperation.mutualisation.domain;

import java.time.Instant;
import java.util.Objects;

/** When a resource is booked: from {@code startsAt} (included) to {@code endsAt} (excluded), which comes after it. */
public record BookingPeriod(Instant startsAt, Instant endsAt) {

    public BookingPeriod {
        Objects.requireNonNull(startsAt);
        Objects.requireNonNull(endsAt);
        if (!endsAt.isAfter(startsAt)) {
            throw new MutualisationRuleViolation("endsAt", "booking.rule.end-before-start");
        }
    }

    /** Back-to-back periods (one ends when the other starts) do not overlap. */
    public boolean overlaps(BookingPeriod other) {
        return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }
}
