package fr.ploucs.cooperation.application.port.in;

import fr.ploucs.cooperation.domain.PracticeExchangeId;

public class PracticeExchangeNotFound extends RuntimeException {

    public PracticeExchangeNotFound(PracticeExchangeId id) {
        super("no practice exchange " + id);
    }
}
