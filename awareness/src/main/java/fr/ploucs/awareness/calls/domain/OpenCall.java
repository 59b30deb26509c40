package fr.ploucs.awareness.calls.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A call for applications accompaniment opened for one of its cohorts: put in front of the facilitators of the
 * sessions to come, so that the ideas they meet can apply before it closes.
 */
public record OpenCall(UUID cohortId, String programmeName, String cohortName, LocalDate opensOn,
                       LocalDate closesOn, int capacity) {

    public OpenCall {
        Objects.requireNonNull(cohortId);
        Objects.requireNonNull(programmeName);
        Objects.requireNonNull(cohortName);
        Objects.requireNonNull(opensOn);
        Objects.requireNonNull(closesOn);
    }

    /** Whether people met on {@code day} can still apply. */
    public boolean stillOpenOn(LocalDate day) {
        return !closesOn.isBefore(day);
    }
}
