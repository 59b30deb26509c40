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
 * Published by accompaniment when a coaching session already published as {@link CoachingSessionHeld} is corrected
 * (its hours or day) or deleted ({@code hours} zero and {@code deleted} true): cooperation sets the member's
 * credited hours and the grant charges to what the session now says. Each correction carries the session's full
 * new state and a {@code revision} that only grows, so a late or repeated correction changes nothing.
 */
public record CoachingSessionCorrected(UUID eventId, Instant occurredAt, UUID sessionId, long revision,
                                       MemberId memberId, String memberName, String projectName, LocalDate heldOn,
                                       BigDecimal hours, boolean deleted) implements PloucsEvent {

    public CoachingSessionCorrected {
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
