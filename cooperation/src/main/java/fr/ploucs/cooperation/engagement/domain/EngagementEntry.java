package fr.ploucs.cooperation.engagement.domain;

import fr.ploucs.cooperation.shared.domain.EngagementSource;


import fr.ploucs.cooperation.shared.domain.SessionHours;
import fr.ploucs.sharedkernel.MemberId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A line of the engagement ledger: hours a member gave the network. {@code sourceReference} names what the hours
 * come from (the coaching or awareness session's id): the ledger holds at most one line per source, reference and
 * member, so a redelivered event credits nothing more.
 */
public record EngagementEntry(UUID id, MemberId memberId, EngagementSource source, String sourceReference,
                              LocalDate on, BigDecimal hours, String description) {

    /** More than a full day and night of work for one session is surely a typing mistake. */
    public static final BigDecimal MAX_HOURS = SessionHours.MAX;

    public EngagementEntry {
        Objects.requireNonNull(id);
        Objects.requireNonNull(memberId);
        Objects.requireNonNull(source);
        Objects.requireNonNull(sourceReference);
        Objects.requireNonNull(on);
        Objects.requireNonNull(hours);
        if (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0) {
            throw new EngagementRuleViolation("engagement.rule.hours-range");
        }
        if (hours.scale() > 2) {
            throw new EngagementRuleViolation("engagement.rule.hours-precision");
        }
        description = description == null ? "" : description.strip();
    }
}
