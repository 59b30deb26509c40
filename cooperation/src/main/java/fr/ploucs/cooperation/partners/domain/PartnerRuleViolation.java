package fr.ploucs.cooperation.partners.domain;

/**
 * A partner, contact or log entry the rules refuse. The {@code reason} is a message key and {@code field} the form
 * field it concerns, so the screen can say why next to that field, in the coordinator's language.
 */
public class PartnerRuleViolation extends RuntimeException {

    private final String field;
    private final String reason;

    public PartnerRuleViolation(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
