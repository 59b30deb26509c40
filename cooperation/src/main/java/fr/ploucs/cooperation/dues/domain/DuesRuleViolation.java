package fr.ploucs.cooperation.dues.domain;

/** A dues setting or payment the rules refuse. The {@code reason} is a message key, so the screen says why. */
public class DuesRuleViolation extends RuntimeException {

    private final String reason;

    public DuesRuleViolation(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
