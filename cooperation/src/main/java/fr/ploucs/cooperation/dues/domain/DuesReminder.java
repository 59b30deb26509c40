package fr.ploucs.cooperation.dues.domain;

import fr.ploucs.sharedkernel.MemberId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A reminder e-mail sent to a member's representative about a year's dues. The automatic one goes at most once per
 * year and member; a coordinator's manual one at most once per day and member (a second click the same day, or a
 * form sent twice, sends nothing more).
 */
public record DuesReminder(MemberId memberId, int year, Kind kind, Instant sentAt, LocalDate sentOn,
                           String recipientName, String recipientEmail) {

    public enum Kind {
        AUTOMATIC,
        MANUAL
    }

    public DuesReminder {
        Objects.requireNonNull(memberId);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(sentAt);
        Objects.requireNonNull(sentOn);
        Objects.requireNonNull(recipientName);
        Objects.requireNonNull(recipientEmail);
    }
}
