package fr.ploucs.sharedkernel.events;

import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.PloucsEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Published by cooperation when a member structure leaves the network. */
public record MemberLeft(UUID eventId, Instant occurredAt, MemberId memberId, String memberName, LocalDate leftOn,
                         String reason) implements PloucsEvent {

    public MemberLeft {
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(memberId);
        Objects.requireNonNull(memberName);
        Objects.requireNonNull(leftOn);
    }

    @Override
    public List<String> notificationArguments() {
        return List.of(memberName, reason == null ? "" : reason);
    }
}
