package fr.ploucs.cooperation.partners.domain;

import fr.ploucs.sharedkernel.RuleViolation;

/**
 * A change the partner rules refuse: the {@code field} it concerns and the {@code reason}, a message key, so the form
 * shows why next to that field in the coordinator's language.
 */
public class PartnerRuleViolation extends RuleViolation {

    public PartnerRuleViolation(String field, String reason) {
        super(field, reason);
    }

    public String reason() {
        return messageKey();
    }
}
