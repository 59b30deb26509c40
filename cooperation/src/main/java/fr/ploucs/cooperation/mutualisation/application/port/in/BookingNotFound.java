package fr.ploucs.cooperation.mutualisation.application.port.in;

import fr.ploucs.sharedkernel.NotFound;

import fr.ploucs.cooperation.mutualisation.domain.BookingId;

public class BookingNotFound extends NotFound {

    public BookingNotFound(BookingId id) {
        super("no booking", id);
    }
}
