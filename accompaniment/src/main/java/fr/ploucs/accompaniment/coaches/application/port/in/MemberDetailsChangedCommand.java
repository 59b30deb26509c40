package fr.ploucs.accompaniment.coaches.application.port.in;

import fr.ploucs.sharedkernel.MemberId;

import java.time.Instant;
import java.util.Objects;

/**
 * A member's name and commune since {@code occurredAt}. Its representative, which cooperation publishes too, is not
 * part of this view: accompaniment shows no representative.
 */
public record MemberDetailsChangedCommand(MemberId memberId, String memberName, String commune, Instant occurredAt) {

    public MemberDetailsChangedCommand {
        Objects.requireNonNull(memberId);
        Objects.requireNonNull(memberName);
        Objects.requireNonNull(commune);
        Objects.requireNonNull(occurredAt);
    }
}
