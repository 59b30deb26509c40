package fr.ploucs.cooperation.partners.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of a partner's « journal des échanges »: when it happened, what kind of exchange, what was said, what
 * follows, and the coordinator who wrote it. Entries are never changed: the log is a record of what happened. An
 * exchange is logged once it happened, so its date is not in the future.
 */
public record PartnerInteraction(UUID id, PartnerId partnerId, LocalDate date, InteractionKind kind, String summary,
                                 String followUp, String author, Instant recordedAt, Long version) {

    public PartnerInteraction {
        Objects.requireNonNull(id);
        Objects.requireNonNull(partnerId);
        Objects.requireNonNull(date);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(author);
        Objects.requireNonNull(recordedAt);
        if (summary == null || summary.isBlank()) {
            throw new PartnerRuleViolation("summary", "partner-log.summary.required");
        }
    }

    /** @throws PartnerRuleViolation when the date is after {@code today} */
    public static PartnerInteraction log(PartnerId partnerId, LocalDate date, InteractionKind kind, String summary,
                                         String followUp, String author, Instant now, LocalDate today) {
        if (date.isAfter(today)) {
            throw new PartnerRuleViolation("date", "partner-log.date.future");
        }
        return new PartnerInteraction(UUID.randomUUID(), partnerId, date, kind, summary, followUp, author, now, null);
    }
}
