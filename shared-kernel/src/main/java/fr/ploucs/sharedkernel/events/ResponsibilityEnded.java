package fr.ploucs.sharedkernel.events;

import fr.ploucs.sharedkernel.PloucsEvent;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Published by the pillar that assigned a responsibility when it is over or handed to someone else. */
public record ResponsibilityEnded(UUID eventId, Instant occurredAt, UUID responsibilityId, String description)
        implements PloucsEvent {

    public ResponsibilityEnded {
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(responsibilityId);
    }

    @Override
    public List<String> notificationArguments() {
        return List.of(description == null ? "" : description);
    }
}
