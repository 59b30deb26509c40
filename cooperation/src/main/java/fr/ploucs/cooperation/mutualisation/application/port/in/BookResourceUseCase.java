package fr.ploucs.cooperation.mutualisation.application.port.in;

import fr.ploucs.cooperation.mutualisation.domain.BookingId;
import fr.ploucs.cooperation.mutualisation.domain.BookingPeriod;
import fr.ploucs.cooperation.mutualisation.domain.SharedResourceId;
import fr.ploucs.sharedkernel.MemberId;

import java.util.Objects;

/** Booking a shared resource for a member structure, and cancelling a booking. */
public interface BookResourceUseCase {

    /**
     * @throws fr.ploucs.cooperation.mutualisation.domain.ResourceAlreadyBooked when an active booking of the resource overlaps
     * @throws fr.ploucs.cooperation.mutualisation.domain.MutualisationRuleViolation when the period is past, the resource
     *                                                                  withdrawn or the member not active
     */
    BookingId book(BookResource command);

    void cancel(CancelBooking command);

    record BookResource(SharedResourceId resourceId, MemberId memberId, BookingPeriod period, String purpose) {
        public BookResource {
            Objects.requireNonNull(resourceId);
            Objects.requireNonNull(memberId);
            Objects.requireNonNull(period);
        }
    }

    record CancelBooking(BookingId bookingId, Long expectedVersion) {
        public CancelBooking {
            Objects.requireNonNull(bookingId);
        }
    }
}
