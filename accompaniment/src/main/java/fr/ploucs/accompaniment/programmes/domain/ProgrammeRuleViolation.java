package fr.ploucs.accompaniment.programmes.domain;

/**
 * A programme, cohort or call the incubator's rules refuse. {@code reason} is a message key, so the screen says why
 * in the coordinator's language; {@code field} names the form field it concerns (null when it concerns the whole).
 */
public class ProgrammeRuleViolation extends RuntimeException {

    private final String field;
    private final String reason;

    public ProgrammeRuleViolation(String field, String reason) {
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
