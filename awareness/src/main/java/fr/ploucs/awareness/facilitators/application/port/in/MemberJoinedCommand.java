package fr.ploucs.awareness.facilitators.application.port.in;

import fr.ploucs.sharedkernel.MemberId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

public record MemberJoinedCommand(MemberId memberId, String memberName, String commune, LocalDate joinedOn,
                                  Instant occurredAt) {

    public MemberJoinedCommand {
        Objects.requireNonNull(memberId);
        Objects.requireNonNull(memberName);
        Objects.requireNonNull(joinedOn);
        Objects.requireNonNull(occurredAt);
    }
}
