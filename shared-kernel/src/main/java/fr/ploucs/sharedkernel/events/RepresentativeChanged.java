package fr.ploucs.sharedkernel.events;

import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.PloucsEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by cooperation when a member structure changes its representative, so that each pillar can hand over
 * what the outgoing person held (identified by e-mail, the one identity people keep across pillars).
 */
public record RepresentativeChanged(UUID eventId, Instant occurredAt, MemberId memberId, String memberName,
                                    String outgoingName, String outgoingEmail, String incomingName,
                                    String incomingEmail, LocalDate changedOn) implements PloucsEvent {

    public RepresentativeChanged {
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(memberId);
        Objects.requireNonNull(incomingEmail);
        Objects.requireNonNull(changedOn);
    }

    @Override
    public List<String> notificationArguments() {
        return List.of(memberName, outgoingName == null ? "" : outgoingName, incomingName);
    }
}
