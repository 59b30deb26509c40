package fr.ploucs.accompaniment.followup.domain;

import fr.ploucs.sharedkernel.RuleViolation;

/** A change the rules of this feature refuse: {@code reason} is a message key, {@code field} the form field. */
public class FollowUpRuleViolation extends RuleViolation {

    public FollowUpRuleViolation(String field, String reason) {
        super(field, reason);
    }

    /** The message key that says why. */
    public String reason() {
        return messageKey();
    }
}
