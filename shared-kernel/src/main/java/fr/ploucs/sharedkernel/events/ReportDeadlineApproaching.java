package fr.ploucs.sharedkernel.events;

import fr.ploucs.sharedkernel.PloucsEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by cooperation when a report owed to a funder (« compte rendu ») is due soon or overdue; once per report
 * and reminder threshold.
 *
 * @param reportKind {@code INTERIM} or {@code FINAL}
 */
public record ReportDeadlineApproaching(UUID eventId, Instant occurredAt, UUID grantId, String funderName,
                                       String reportKind, LocalDate dueOn) implements PloucsEvent {

    public ReportDeadlineApproaching {
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(grantId);
        Objects.requireNonNull(funderName);
        Objects.requireNonNull(reportKind);
        Objects.requireNonNull(dueOn);
    }

    /** Funder, due date (dd/MM/yyyy), kind of report (a code). */
    @Override
    public List<String> notificationArguments() {
        return List.of(funderName, dueOn.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), reportKind);
    }
}
