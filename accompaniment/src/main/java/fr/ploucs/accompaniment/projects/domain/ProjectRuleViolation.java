package fr.ploucs.accompaniment.projects.domain;

import fr.ploucs.sharedkernel.RuleViolation;

/** A change to a project its rules refuse; {@code reason} is a message key, {@code field} the form field (or null). */
public class ProjectRuleViolation extends RuleViolation {

    public ProjectRuleViolation(String field, String reason) {
        super(field, reason);
    }

    /** The message key that says why. */
    public String reason() {
        return messageKey();
    }
}
