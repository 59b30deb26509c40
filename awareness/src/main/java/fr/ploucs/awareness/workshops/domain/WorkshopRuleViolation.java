package fr.ploucs.awareness.workshops.domain;

import fr.ploucs.sharedkernel.RuleViolation;

/** A workshop or idea the rules refuse; the message key says why, the field where. */
public class WorkshopRuleViolation extends RuleViolation {

    public WorkshopRuleViolation(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
