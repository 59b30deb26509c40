package fr.ploucs.sharedkernel.events;

import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.PloucsEvent;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by cooperation when what the other pillars show of a member structure changes: its name, its commune or
 * its representative. It carries the whole of those details as they are after the change (not what changed), so
 * that the newest one a pillar has applied tells everything: a pillar keeps the {@code occurredAt} of the details it
 * shows and ignores a details event that is not newer (a redelivery, or one overtaken by a later change).
 *
 * @param commune             the commune's name as cooperation records it (cooperation keeps no code for it)
 * @param representativeEmail the identity people keep across pillars, as in {@link RepresentativeChanged}
 */
public record MemberDetailsChanged(UUID eventId, Instant occurredAt, MemberId memberId, String memberName,
                                   String commune, String representativeName, String representativeEmail)
        implements PloucsEvent {

    public MemberDetailsChanged {
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(memberId);
        Objects.requireNonNull(memberName);
        Objects.requireNonNull(commune);
        Objects.requireNonNull(representativeName);
        Objects.requireNonNull(representativeEmail);
    }

    @Override
    public List<String> notificationArguments() {
        return List.of(memberName, commune, representativeName);
    }
}
