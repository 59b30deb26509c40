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
 * Published by awareness when an awareness session has been delivered; each facilitating member is credited its
 * hours in the network's engagement ledger.
 */
public record AwarenessSessionDelivered(UUID eventId, Instant occurredAt, UUID sessionId, String title,
                                        LocalDate deliveredOn, List<Facilitation> facilitations)
        implements PloucsEvent {

    /** One member structure's part in the session. */
    public record Facilitation(MemberId memberId, String memberName, BigDecimal hours) {
        public Facilitation {
            Objects.requireNonNull(memberId);
            Objects.requireNonNull(hours);
        }
    }

    public AwarenessSessionDelivered {
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(sessionId);
        Objects.requireNonNull(deliveredOn);
        facilitations = List.copyOf(facilitations);
    }

    @Override
    public List<String> notificationArguments() {
        return List.of(title == null ? "" : title, String.valueOf(facilitations.size()));
    }
}
