package fr.ploucs.awareness.facilitators.application.port.in;

import fr.ploucs.sharedkernel.MemberId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** @param reason why the member left, as cooperation recorded it; may be {@code null} */
public record MemberLeftCommand(MemberId memberId, String memberName, LocalDate leftOn, String reason,
                                Instant occurredAt) {

    public MemberLeftCommand {
        Objects.requireNonNull(memberId);
        Objects.requireNonNull(memberName);
        Objects.requireNonNull(leftOn);
        Objects.requireNonNull(occurredAt);
    }
}
