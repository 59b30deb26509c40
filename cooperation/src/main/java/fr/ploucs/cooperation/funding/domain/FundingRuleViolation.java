package fr.ploucs.cooperation.funding.domain;

import fr.ploucs.sharedkernel.RuleViolation;

/**
 * A change the funding rules refuse. The {@code reason} is a message key, so the screen says why in the
 * coordinator's language.
 */
public class FundingRuleViolation extends RuleViolation {

    public FundingRuleViolation(String reason) {
        super(null, reason);
    }

    /** A violation that concerns one field of the change: {@code field} is the property's name. */
    public FundingRuleViolation(String field, String reason, Object... arguments) {
        super(field, reason, arguments);
    }

    public String reason() {
        return messageKey();
    }
}
