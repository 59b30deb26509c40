package fr.ploucs.cooperation.exchanges.application.port.in;

import fr.ploucs.sharedkernel.NotFound;

import fr.ploucs.cooperation.exchanges.domain.PracticeExchangeId;

public class PracticeExchangeNotFound extends NotFound {

    public PracticeExchangeNotFound(PracticeExchangeId id) {
        super("no practice exchange", id);
    }
}
