package fr.ploucs.accompaniment.applications.domain;

/**
 * A lead, application or jury decision the selection rules refuse. {@code reason} is a message key; {@code field}
 * names the form field it concerns (null when it concerns the whole).
 */
public class SelectionRuleViolation extends RuntimeException {

    private final String field;
    private final String reason;

    public SelectionRuleViolation(String field, String reason) {
        super(reason);
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
