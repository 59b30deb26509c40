package fr.ploucs.cooperation.mutualisation.application.port.out;

import fr.ploucs.cooperation.mutualisation.domain.Booking;
import fr.ploucs.cooperation.mutualisation.domain.BookingId;
import fr.ploucs.cooperation.mutualisation.domain.SharedResourceId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface BookingRepository {

    Optional<Booking> findById(BookingId id);

    /**
     * Stores the booking and returns it as stored, with its new version. The store itself refuses an active booking
     * overlapping another active booking of the same resource, even one stored by a concurrent transaction.
     *
     * @throws fr.ploucs.cooperation.mutualisation.domain.ResourceAlreadyBooked naming the booking in the way, when it can be read
     * @throws fr.ploucs.cooperation.mutualisation.domain.BookingChangedMeanwhile when someone stored it since it was read
     */
    Booking save(Booking booking);

    /** Active bookings ending after {@code now}, of one resource (null = all), soonest first. */
    List<Booking> upcoming(SharedResourceId resource, Instant now, int limit);

    /** Active bookings overlapping [from, to), of one resource (null = all), by start. */
    List<Booking> between(SharedResourceId resource, Instant from, Instant to);
}
