package fr.ploucs.accompaniment.projects.domain;

/** A change to a project its rules refuse; {@code reason} is a message key, {@code field} the form field (or null). */
public class ProjectRuleViolation extends RuntimeException {

    private final String field;
    private final String reason;

    public ProjectRuleViolation(String field, String reason) {
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
