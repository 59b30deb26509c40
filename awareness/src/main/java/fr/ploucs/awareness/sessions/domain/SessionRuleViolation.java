package fr.ploucs.awareness.sessions.domain;

import fr.ploucs.sharedkernel.RuleViolation;

/** A session request or step the rules refuse; the message key says why, the field where. */
public class SessionRuleViolation extends RuleViolation {

    public SessionRuleViolation(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
