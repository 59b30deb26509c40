package fr.ploucs.cooperation.exchanges.domain;

/** Somebody saved the exchange after the version this change was based on: saving it would overwrite their work. */
public class PracticeExchangeChangedMeanwhile extends RuntimeException {

    public PracticeExchangeChangedMeanwhile(PracticeExchangeId exchange) {
        super("practice exchange " + exchange + " was changed by someone else meanwhile");
    }
}
