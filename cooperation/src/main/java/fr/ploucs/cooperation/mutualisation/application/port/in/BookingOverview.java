package fr.ploucs.cooperation.mutualisation.application.port.in;

import fr.ploucs.cooperation.mutualisation.domain.Booking;

import java.util.Objects;

/** A booking with the names the pages show next to it. */
public record BookingOverview(Booking booking, String resourceName, String memberName) {

    public BookingOverview {
        Objects.requireNonNull(booking);
        Objects.requireNonNull(resourceName);
        Objects.requireNonNull(memberName);
    }
}
