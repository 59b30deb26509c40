package fr.ploucs.sharedkernel.events;

import fr.ploucs.sharedkernel.PloucsEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by cooperation when a coordinator schedules a session of the members' yearly training programme
 * (« programme de formation »), so that the coordinators hear of it and members can be told to register.
 */
public record TrainingSessionScheduled(UUID eventId, Instant occurredAt, UUID sessionId, String title, LocalDate date,
                                       int capacity) implements PloucsEvent {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public TrainingSessionScheduled {
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(sessionId);
        Objects.requireNonNull(title);
        Objects.requireNonNull(date);
    }

    /** The title, the day (dd/MM/yyyy) and the number of places. */
    @Override
    public List<String> notificationArguments() {
        return List.of(title, DAY.format(date), Integer.toString(capacity));
    }
}
