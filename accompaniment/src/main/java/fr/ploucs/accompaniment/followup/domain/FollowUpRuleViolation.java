package fr.ploucs.accompaniment.followup.domain;

public class FollowUpRuleViolation extends RuntimeException {

    private final String field;
    private final String reason;

    public FollowUpRuleViolation(String field, String reason) {
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
