package fr.ploucs.cooperation.application.port.in;

import fr.ploucs.cooperation.domain.BookingId;

public class BookingNotFound extends RuntimeException {

    public BookingNotFound(BookingId id) {
        super("no booking " + id);
    }
}
