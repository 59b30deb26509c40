package fr.ploucs.cooperation.engagement.domain;

import fr.ploucs.cooperation.shared.domain.EngagementSource;
import fr.ploucs.sharedkernel.MemberId;

import java.math.BigDecimal;
import java.util.Objects;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A coaching session as accompaniment last described it: revision 0 when it was held, one more with each
 * correction. The ledger holds the line of the highest revision it has seen, and nothing for a deleted session.
 */
public record CoachingSessionRevision(UUID sessionId, long revision, MemberId memberId, LocalDate on,
                                      BigDecimal hours, boolean deleted, String description) {

    public CoachingSessionRevision {
        Objects.requireNonNull(sessionId);
        Objects.requireNonNull(memberId);
        Objects.requireNonNull(on);
        Objects.requireNonNull(hours);
        if (revision < 0) {
            throw new IllegalArgumentException("a revision is never negative");
        }
        if (hours.signum() < 0) {
            throw new EngagementRuleViolation("engagement.rule.hours-range");
        }
        description = description == null ? "" : description.strip();
    }

    /** Whether the session still gives the member hours: not deleted, and more than none. */
    public boolean credits() {
        return !deleted && hours.signum() > 0;
    }

    public String sourceReference() {
        return sessionId.toString();
    }

    /** The ledger line this state asks for, with a new id; empty for a deleted session. */
    public Optional<EngagementEntry> line() {
        return credits()
                ? Optional.of(new EngagementEntry(UUID.randomUUID(), memberId, EngagementSource.COACHING_SESSION,
                        sourceReference(), on, hours, description))
                : Optional.empty();
    }

    /** Whether {@code entry} already says what this state says (same member, day, hours and description). */
    public boolean isSaidBy(EngagementEntry entry) {
        return credits() && entry.source() == EngagementSource.COACHING_SESSION
                && entry.sourceReference().equals(sourceReference()) && entry.memberId().equals(memberId)
                && entry.on().equals(on) && entry.hours().compareTo(hours) == 0
                && entry.description().equals(description);
    }
}
