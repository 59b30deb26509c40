package fr.ploucs.awareness.tools.domain;

import fr.ploucs.sharedkernel.RuleViolation;

/** A tool, copy or loan the rules refuse; the message key says why, the field where. */
public class ToolRuleViolation extends RuleViolation {

    public ToolRuleViolation(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
