package fr.ploucs.cooperation.mutualisation.application.port.in;

import fr.ploucs.cooperation.mutualisation.domain.BookingId;

public class BookingNotFound extends RuntimeException {

    public BookingNotFound(BookingId id) {
        super("no booking " + id);
    }
}
