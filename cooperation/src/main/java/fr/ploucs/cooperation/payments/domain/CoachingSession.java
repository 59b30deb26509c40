package fr.ploucs.cooperation.payments.domain;

import fr.ploucs.sharedkernel.MemberId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A coaching session credited to a member, as the envelopes pay it: its hours, on its date. */
public record CoachingSession(UUID id, MemberId memberId, LocalDate on, String description, BigDecimal hours) {

    public CoachingSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(hours, "hours");
    }
}
