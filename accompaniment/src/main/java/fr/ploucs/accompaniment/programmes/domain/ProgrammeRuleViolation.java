package fr.ploucs.accompaniment.programmes.domain;

import fr.ploucs.sharedkernel.RuleViolation;

/**
 * A programme, cohort or call the incubator's rules refuse. {@code reason} is a message key, so the screen says why
 * in the coordinator's language; {@code field} names the form field it concerns (null when it concerns the whole).
 */
public class ProgrammeRuleViolation extends RuleViolation {

    public ProgrammeRuleViolation(String field, String reason) {
        super(field, reason);
    }

    /** The message key that says why. */
    public String reason() {
        return messageKey();
    }
}
