package fr.ploucs.cooperation.members.domain;

import fr.ploucs.sharedkernel.RuleViolation;

/**
 * A change the membership rules refuse. The {@code reason} is a message key, so the screen can say why in the
 * coordinator's language.
 */
public class MembershipRuleViolation extends RuleViolation {

    public MembershipRuleViolation(String reason) {
        super(null, reason);
    }

    /** A violation that concerns one field of the change: {@code field} is the property's name. */
    public MembershipRuleViolation(String field, String reason, Object... arguments) {
        super(field, reason, arguments);
    }

    public String reason() {
        return messageKey();
    }
}
