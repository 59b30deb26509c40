package fr.ploucs.security.throttling;

import fr.ploucs.sharedkernel.PloucsEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Logins to an account were suspended after too many failures in a row. It reaches the coordinators' inbox (and
 * their e-mail, if they asked) as the message {@code notification.AccountLockedOut}.
 */
public record AccountLockedOut(UUID eventId, Instant occurredAt, String username, int failures, long lockedMinutes)
        implements PloucsEvent {

    @Override
    public List<String> notificationArguments() {
        return List.of(username, String.valueOf(failures), String.valueOf(lockedMinutes));
    }
}
