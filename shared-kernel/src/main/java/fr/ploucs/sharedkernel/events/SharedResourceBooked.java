package fr.ploucs.sharedkernel.events;

import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.PloucsEvent;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by cooperation when a member structure books a shared resource (« ressource mutualisée »): a room, a
 * vehicle, equipment, an educational kit such as the ESS role-play game, or a skill. The period is given as
 * instants; the network lives in the Landes, so the notification shows them as Paris times.
 */
public record SharedResourceBooked(UUID eventId, Instant occurredAt, UUID bookingId, String resourceName,
                                   MemberId memberId, String memberName, Instant startsAt, Instant endsAt)
        implements PloucsEvent {

    private static final DateTimeFormatter PARIS_DATE_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));

    public SharedResourceBooked {
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(bookingId);
        Objects.requireNonNull(resourceName);
        Objects.requireNonNull(memberId);
        Objects.requireNonNull(memberName);
        Objects.requireNonNull(startsAt);
        Objects.requireNonNull(endsAt);
    }

    /** The resource, the member, then the start and the end as Paris times (dd/MM/yyyy HH:mm). */
    @Override
    public List<String> notificationArguments() {
        return List.of(resourceName, memberName, PARIS_DATE_TIME.format(startsAt), PARIS_DATE_TIME.format(endsAt));
    }
}
