package fr.ploucs.cooperation.mutualisation.domain;

import fr.ploucs.sharedkernel.ChangedMeanwhile;

/** Somebody changed the booking (cancelled it) after the version this change was based on. */
public class BookingChangedMeanwhile extends ChangedMeanwhile {

    public BookingChangedMeanwhile(BookingId booking) {
        super(booking, "booking.changed-meanwhile");
    }
}
