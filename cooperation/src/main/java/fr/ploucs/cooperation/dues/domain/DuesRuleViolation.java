package fr.ploucs.cooperation.dues.domain;

import fr.ploucs.sharedkernel.RuleViolation;

/** A dues setting or payment the rules refuse. The {@code reason} is a message key, so the screen says why. */
public class DuesRuleViolation extends RuleViolation {

    public DuesRuleViolation(String reason) {
        super(null, reason);
    }

    /** A violation that concerns one field of the change: {@code field} is the property's name. */
    public DuesRuleViolation(String field, String reason, Object... arguments) {
        super(field, reason, arguments);
    }

    public String reason() {
        return messageKey();
    }
}
