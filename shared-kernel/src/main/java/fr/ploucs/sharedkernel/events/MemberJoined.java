package fr.ploucs.sharedkernel.events;

import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.PloucsEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Published by cooperation when a structure is registered as a member of the network. */
public record MemberJoined(UUID eventId, Instant occurredAt, MemberId memberId, String memberName, String commune,
                           LocalDate joinedOn) implements PloucsEvent {

    public MemberJoined {
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(memberId);
        Objects.requireNonNull(memberName);
        Objects.requireNonNull(joinedOn);
    }

    @Override
    public List<String> notificationArguments() {
        return List.of(memberName);
    }
}
