package fr.ploucs.cooperation.mutualisation.domain;

/** Somebody changed the booking (cancelled it) after the version this change was based on. */
public class BookingChangedMeanwhile extends RuntimeException {

    public BookingChangedMeanwhile(BookingId booking) {
        super("booking " + booking + " was changed by someone else meanwhile");
    }
}
