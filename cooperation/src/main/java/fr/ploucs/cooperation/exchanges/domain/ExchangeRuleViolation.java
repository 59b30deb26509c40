package fr.ploucs.cooperation.exchanges.domain;

import fr.ploucs.sharedkernel.RuleViolation;

/**
 * A practice exchange the rules refuse. The {@code reason} is a message key, so the screen can say why in the
 * coordinator's language.
 */
public class ExchangeRuleViolation extends RuleViolation {

    public ExchangeRuleViolation(String reason) {
        super(null, reason);
    }

    /** A violation that concerns one field of the change: {@code field} is the property's name. */
    public ExchangeRuleViolation(String field, String reason, Object... arguments) {
        super(field, reason, arguments);
    }

    public String reason() {
        return messageKey();
    }
}
