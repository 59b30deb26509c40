package fr.ploucs.sharedkernel.events;

import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.PloucsEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by accompaniment when a member structure has coached a project: the hours are credited to the member
 * and, later, paid from the funding the network raised for coaching.
 *
 * @param sessionId identifies the session in accompaniment; a session is credited once, whatever the redeliveries
 */
public record CoachingSessionHeld(UUID eventId, Instant occurredAt, UUID sessionId, MemberId memberId,
                                  String memberName, String projectName, LocalDate heldOn, BigDecimal hours)
        implements PloucsEvent {

    public CoachingSessionHeld {
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(sessionId);
        Objects.requireNonNull(memberId);
        Objects.requireNonNull(heldOn);
        Objects.requireNonNull(hours);
    }

    @Override
    public List<String> notificationArguments() {
        return List.of(memberName == null ? "" : memberName, projectName == null ? "" : projectName,
                hours.stripTrailingZeros().toPlainString());
    }
}
