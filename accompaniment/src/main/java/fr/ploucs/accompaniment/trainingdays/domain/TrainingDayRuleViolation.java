package fr.ploucs.accompaniment.trainingdays.domain;

import fr.ploucs.sharedkernel.RuleViolation;

/** A change the rules of this feature refuse: {@code reason} is a message key, {@code field} the form field. */
public class TrainingDayRuleViolation extends RuleViolation {

    public TrainingDayRuleViolation(String field, String reason) {
        super(field, reason);
    }

    /** The message key that says why. */
    public String reason() {
        return messageKey();
    }
}
