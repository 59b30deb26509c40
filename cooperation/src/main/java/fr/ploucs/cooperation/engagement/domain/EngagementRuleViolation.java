package fr.ploucs.cooperation.engagement.domain;

import fr.ploucs.sharedkernel.RuleViolation;

/** Hours the engagement ledger refuses. The {@code reason} is a message key. */
public class EngagementRuleViolation extends RuleViolation {

    public EngagementRuleViolation(String reason) {
        super(null, reason);
    }

    public String reason() {
        return messageKey();
    }
}
