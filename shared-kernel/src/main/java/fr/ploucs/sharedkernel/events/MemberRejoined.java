package fr.ploucs.sharedkernel.events;

import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.PloucsEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Published by cooperation when a structure that had left comes back to the network. */
public record MemberRejoined(UUID eventId, Instant occurredAt, MemberId memberId, String memberName, String commune,
                             LocalDate rejoinedOn) implements PloucsEvent {

    public MemberRejoined {
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(memberId);
        Objects.requireNonNull(memberName);
        Objects.requireNonNull(rejoinedOn);
    }

    @Override
    public List<String> notificationArguments() {
        return List.of(memberName);
    }
}
