package fr.ploucs.awareness.cjs.domain;

import fr.ploucs.sharedkernel.RuleViolation;

/** A CJS change the rules refuse; the message key says why (with its arguments), the field where. */
public class CjsRuleViolation extends RuleViolation {

    public CjsRuleViolation(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
