package fr.ploucs.accompaniment.budget.domain;

public class BudgetRuleViolation extends RuntimeException {

    private final String field;
    private final String reason;

    public BudgetRuleViolation(String field, String reason) {
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
