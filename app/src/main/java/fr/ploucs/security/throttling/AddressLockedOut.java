package fr.ploucs.security.throttling;

import fr.ploucs.sharedkernel.PloucsEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Logins from one network address were suspended after too many failures, whatever the accounts tried. It reaches
 * the coordinators as the message {@code notification.AddressLockedOut}.
 */
public record AddressLockedOut(UUID eventId, Instant occurredAt, String address, int failures, long lockedMinutes)
        implements PloucsEvent {

    @Override
    public List<String> notificationArguments() {
        return List.of(address, String.valueOf(failures), String.valueOf(lockedMinutes));
    }
}
