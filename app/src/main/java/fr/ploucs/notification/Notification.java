package fr.ploucs.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An inbox entry for coordinators; its text is the message {@code messageKey} with {@code arguments}. */
public record Notification(UUID id, String messageKey, List<String> arguments, Instant occurredAt, boolean read) {
}
