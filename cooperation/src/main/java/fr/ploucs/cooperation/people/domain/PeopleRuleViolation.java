package fr.ploucs.cooperation.people.domain;

import fr.ploucs.sharedkernel.RuleViolation;

/** A change of a member's people (contacts, representatives' terms) the rules refuse. The {@code reason} is a message key. */
public class PeopleRuleViolation extends RuleViolation {

    public PeopleRuleViolation(String reason) {
        super(null, reason);
    }

    public String reason() {
        return messageKey();
    }
}
