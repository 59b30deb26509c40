package fr.ploucs.sharedkernel.events;

import fr.ploucs.sharedkernel.PloucsEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by accompaniment, once per check-in, when a post-incubation check-in (6, 12 or 24 months after a project
 * left) falls due: the coordinators are told to get in touch.
 */
public record FollowUpDue(UUID eventId, Instant occurredAt, UUID checkInId, UUID projectId, String projectTitle,
                          int monthsAfter, LocalDate dueOn) implements PloucsEvent {

    public FollowUpDue {
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(checkInId);
        Objects.requireNonNull(projectId);
        Objects.requireNonNull(projectTitle);
        Objects.requireNonNull(dueOn);
    }

    @Override
    public List<String> notificationArguments() {
        return List.of(projectTitle, Integer.toString(monthsAfter));
    }
}
