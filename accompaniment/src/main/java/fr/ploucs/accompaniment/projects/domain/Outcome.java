package fr.ploucs.accompaniment.projects.domain;

import java.time.LocalDate;

/**
 * How a project left the incubator: graduated (a legal structure created, jobs) or stopped on the way.
 *
 * @param structureName the structure created; required when graduated
 */
public record Outcome(boolean graduated, String structureName, String legalForm, int jobs, String notes,
                      LocalDate leftOn) {

    public static final int JOBS_MAX = 500;

    public Outcome {
        if (leftOn == null) {
            throw new ProjectRuleViolation("leftOn", "project.outcome.left-on.required");
        }
        structureName = blankToNull(structureName, 200, "structureName");
        legalForm = blankToNull(legalForm, 120, "legalForm");
        notes = blankToNull(notes, 4000, "notes");
        if (graduated && structureName == null) {
            throw new ProjectRuleViolation("structureName", "project.outcome.structure.required");
        }
        if (jobs < 0 || jobs > JOBS_MAX) {
            throw new ProjectRuleViolation("jobs", "project.outcome.jobs.range");
        }
    }

    private static String blankToNull(String text, int max, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > max) {
            throw new ProjectRuleViolation(field, "project.text.too-long");
        }
        return text.strip();
    }
}
