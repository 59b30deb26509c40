package fr.ploucs.cooperation.mutualisation.application.port.in;

import fr.ploucs.cooperation.mutualisation.domain.BookingId;
import fr.ploucs.cooperation.mutualisation.domain.ResourceKind;
import fr.ploucs.cooperation.mutualisation.domain.SharedResource;
import fr.ploucs.cooperation.mutualisation.domain.SharedResourceId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface FindSharedResourcesQuery {

    Optional<SharedResource> byId(SharedResourceId id);

    /** The resources of the kind given (null = every kind), active and withdrawn, by name. */
    List<SharedResource> list(ResourceKind kind);

    Optional<BookingOverview> booking(BookingId id);

    /** Active bookings not yet over, soonest first, of one resource (null = every resource), at most {@code limit}. */
    List<BookingOverview> upcomingBookings(SharedResourceId resource, int limit);

    /** Active bookings overlapping [from, to), of one resource (null = every resource), by start. */
    List<BookingOverview> bookingsBetween(SharedResourceId resource, Instant from, Instant to);
}
