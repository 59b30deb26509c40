package fr.ploucs.cooperation.exchanges.domain;

import fr.ploucs.sharedkernel.RuleViolation;

/**
 * A programme, session, registration or attendance the training rules refuse. The {@code reason} is a message key,
 * so the screen can say why in the coordinator's language.
 */
public class TrainingRuleViolation extends RuleViolation {

    public TrainingRuleViolation(String reason) {
        super(null, reason);
    }

    /** A violation that concerns one field of the change: {@code field} is the property's name. */
    public TrainingRuleViolation(String field, String reason, Object... arguments) {
        super(field, reason, arguments);
    }

    public String reason() {
        return messageKey();
    }
}
