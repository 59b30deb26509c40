package fr.ploucs.accompaniment.coaching.domain;

import fr.ploucs.sharedkernel.RuleViolation;

/** An assignment or session the coaching rules refuse; {@code reason} is a message key, {@code field} the form field. */
public class CoachingRuleViolation extends RuleViolation {

    public CoachingRuleViolation(String field, String reason) {
        super(field, reason);
    }

    /** The message key that says why. */
    public String reason() {
        return messageKey();
    }
}
