package fr.ploucs.cooperation.mutualisation.domain;

import fr.ploucs.sharedkernel.RuleViolation;

/**
 * A share or a booking the mutualisation rules refuse. The {@code reason} is a message key, so the screen can say
 * why in the coordinator's language.
 */
public class MutualisationRuleViolation extends RuleViolation {

    public MutualisationRuleViolation(String reason) {
        super(null, reason);
    }

    /** A violation that concerns one field of the change: {@code field} is the property's name. */
    public MutualisationRuleViolation(String field, String reason, Object... arguments) {
        super(field, reason, arguments);
    }

    public String reason() {
        return messageKey();
    }
}
