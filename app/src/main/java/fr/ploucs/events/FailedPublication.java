package fr.ploucs.events;

import java.time.Instant;
import java.util.UUID;

/** A publication still failing, as the coordinators' page shows it; {@code error} is null when none was recorded. */
public record FailedPublication(UUID id, String listenerId, String eventType, Instant publishedAt, Instant lastAttemptAt,
                         int attempts, String error) {

    public String eventName() {
        return eventType.substring(eventType.lastIndexOf('.') + 1);
    }
}
