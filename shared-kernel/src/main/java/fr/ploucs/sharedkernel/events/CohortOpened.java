package fr.ploucs.sharedkernel.events;

import fr.ploucs.sharedkernel.PloucsEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by accompaniment when a cohort's call for applications opens: awareness puts the open call in front of
 * the facilitators of upcoming sessions, so that the ideas they meet can apply before it closes.
 *
 * @param cohortId identifies the cohort in accompaniment; a call opens once per cohort
 */
public record CohortOpened(UUID eventId, Instant occurredAt, UUID cohortId, String programmeName, String cohortName,
                           LocalDate callOpensOn, LocalDate callClosesOn, int capacity) implements PloucsEvent {

    public CohortOpened {
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(cohortId);
        Objects.requireNonNull(programmeName);
        Objects.requireNonNull(cohortName);
        Objects.requireNonNull(callOpensOn);
        Objects.requireNonNull(callClosesOn);
    }

    @Override
    public List<String> notificationArguments() {
        return List.of(programmeName, cohortName, callClosesOn.toString());
    }
}
