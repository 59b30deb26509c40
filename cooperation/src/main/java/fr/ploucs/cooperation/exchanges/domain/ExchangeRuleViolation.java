package fr.ploucs.cooperation.exchanges.domain;

/**
 * A practice exchange the rules refuse. The {@code reason} is a message key, so the screen can say why in the
 * coordinator's language.
 */
public class ExchangeRuleViolation extends RuntimeException {

    private final String reason;

    public ExchangeRuleViolation(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
