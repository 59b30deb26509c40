package fr.ploucs.cooperation.funding.domain;

/**
 * A change the funding rules refuse. The {@code reason} is a message key, so the screen says why in the
 * coordinator's language.
 */
public class FundingRuleViolation extends RuntimeException {

    private final String reason;

    public FundingRuleViolation(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
