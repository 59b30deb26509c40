package fr.ploucs.accompaniment.trainingdays.domain;

public class TrainingDayRuleViolation extends RuntimeException {

    private final String field;
    private final String reason;

    public TrainingDayRuleViolation(String field, String reason) {
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
