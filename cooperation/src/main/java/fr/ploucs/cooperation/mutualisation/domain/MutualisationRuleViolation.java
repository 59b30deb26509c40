package fr.ploucs.cooperation.mutualisation.domain;

/**
 * A share or a booking the mutualisation rules refuse. The {@code reason} is a message key, so the screen can say
 * why in the coordinator's language.
 */
public class MutualisationRuleViolation extends RuntimeException {

    private final String reason;

    public MutualisationRuleViolation(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
