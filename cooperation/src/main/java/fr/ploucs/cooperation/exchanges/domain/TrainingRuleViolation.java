package fr.ploucs.cooperation.exchanges.domain;

/**
 * A programme, session, registration or attendance the training rules refuse. The {@code reason} is a message key,
 * so the screen can say why in the coordinator's language.
 */
public class TrainingRuleViolation extends RuntimeException {

    private final String reason;

    public TrainingRuleViolation(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
