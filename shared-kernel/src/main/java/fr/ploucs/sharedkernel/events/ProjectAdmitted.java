package fr.ploucs.sharedkernel.events;

import fr.ploucs.sharedkernel.PloucsEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by accompaniment when the jury admits a project into a cohort, within the cohort's capacity.
 *
 * @param projectId identifies the project accompaniment starts following from now on
 */
public record ProjectAdmitted(UUID eventId, Instant occurredAt, UUID projectId, UUID cohortId, String projectTitle,
                              String cohortName, String programmeName, LocalDate admittedOn) implements PloucsEvent {

    public ProjectAdmitted {
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(projectId);
        Objects.requireNonNull(cohortId);
        Objects.requireNonNull(projectTitle);
        Objects.requireNonNull(admittedOn);
    }

    @Override
    public List<String> notificationArguments() {
        return List.of(projectTitle, cohortName == null ? "" : cohortName, programmeName == null ? "" : programmeName);
    }
}
