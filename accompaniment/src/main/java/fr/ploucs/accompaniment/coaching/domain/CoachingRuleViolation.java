package fr.ploucs.accompaniment.coaching.domain;

/** An assignment or session the coaching rules refuse; {@code reason} is a message key, {@code field} the form field. */
public class CoachingRuleViolation extends RuntimeException {

    private final String field;
    private final String reason;

    public CoachingRuleViolation(String field, String reason) {
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
