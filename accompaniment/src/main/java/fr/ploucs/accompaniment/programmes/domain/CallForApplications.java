package fr.ploucs.accompaniment.programmes.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A cohort's call for applications: when it runs, when the jury meets, and the criteria the jury scores on.
 *
 * @param juryOn may be null until the date is set
 */
public record CallForApplications(LocalDate opensOn, LocalDate closesOn, LocalDate juryOn, List<String> criteria) {

    public static final int CRITERIA_MAX = 10;
    public static final int CRITERION_MAX = 120;

    /** @throws ProgrammeRuleViolation on dates out of order or unusable criteria */
    public CallForApplications {
        if (opensOn == null) {
            throw new ProgrammeRuleViolation("callOpensOn", "cohort.call.opens-on.required");
        }
        if (closesOn == null) {
            throw new ProgrammeRuleViolation("callClosesOn", "cohort.call.closes-on.required");
        }
        Cohort.requirePlausible(opensOn, "callOpensOn");
        Cohort.requirePlausible(closesOn, "callClosesOn");
        if (closesOn.isBefore(opensOn)) {
            throw new ProgrammeRuleViolation("callClosesOn", "cohort.call.closes-before-opening");
        }
        if (juryOn != null) {
            Cohort.requirePlausible(juryOn, "juryOn");
            if (juryOn.isBefore(closesOn)) {
                throw new ProgrammeRuleViolation("juryOn", "cohort.call.jury-before-closing");
            }
        }
        LinkedHashSet<String> kept = new LinkedHashSet<>();
        for (String criterion : Objects.requireNonNullElse(criteria, List.<String>of())) {
            String label = criterion == null ? "" : criterion.strip();
            if (label.isEmpty()) {
                continue;
            }
            if (label.length() > CRITERION_MAX) {
                throw new ProgrammeRuleViolation("criteria", "cohort.call.criterion.too-long");
            }
            if (!kept.add(label)) {
                throw new ProgrammeRuleViolation("criteria", "cohort.call.criterion.duplicate");
            }
        }
        if (kept.isEmpty()) {
            throw new ProgrammeRuleViolation("criteria", "cohort.call.criteria.required");
        }
        if (kept.size() > CRITERIA_MAX) {
            throw new ProgrammeRuleViolation("criteria", "cohort.call.criteria.too-many");
        }
        criteria = List.copyOf(kept);
    }
}
