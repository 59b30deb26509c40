package fr.ploucs.cooperation.exchanges.domain;

import fr.ploucs.sharedkernel.ChangedMeanwhile;

/** Somebody saved the exchange after the version this change was based on: saving it would overwrite their work. */
public class PracticeExchangeChangedMeanwhile extends ChangedMeanwhile {

    public PracticeExchangeChangedMeanwhile(PracticeExchangeId exchange) {
        super(exchange, "exchange.changed-meanwhile");
    }
}
