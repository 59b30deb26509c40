package fr.ploucs.accompaniment.applications.domain;

import fr.ploucs.sharedkernel.RuleViolation;

/**
 * A lead, application or jury decision the selection rules refuse. {@code reason} is a message key; {@code field}
 * names the form field it concerns (null when it concerns the whole).
 */
public class SelectionRuleViolation extends RuleViolation {

    public SelectionRuleViolation(String field, String reason) {
        super(field, reason);
    }

    /** The message key that says why. */
    public String reason() {
        return messageKey();
    }
}
