package fr.ploucs.awareness.facilitators.application.port.in;

import fr.ploucs.sharedkernel.MemberId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

public record MemberRejoinedCommand(MemberId memberId, String memberName, String commune, LocalDate rejoinedOn,
                                    Instant occurredAt) {

    public MemberRejoinedCommand {
        Objects.requireNonNull(memberId);
        Objects.requireNonNull(memberName);
        Objects.requireNonNull(rejoinedOn);
        Objects.requireNonNull(occurredAt);
    }
}
