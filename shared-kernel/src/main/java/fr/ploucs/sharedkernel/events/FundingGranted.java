package fr.ploucs.sharedkernel.events;

import fr.ploucs.sharedkernel.Money;
import fr.ploucs.sharedkernel.PloucsEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by cooperation when a funder grants an application: the grant, its amount and what it is earmarked
 * for at that moment (earmarks added later come as {@link GrantEarmarkAdded}).
 */
public record FundingGranted(UUID eventId, Instant occurredAt, UUID grantId, String funderName,
                             String applicationTitle, BigDecimal amount, List<GrantEarmark> earmarks)
        implements PloucsEvent {

    public FundingGranted {
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(grantId);
        Objects.requireNonNull(funderName);
        Objects.requireNonNull(applicationTitle);
        Objects.requireNonNull(amount);
        earmarks = earmarks == null ? List.of() : List.copyOf(earmarks);
    }

    /** Funder, title, amount written the French way (« 1 500,00 »). */
    @Override
    public List<String> notificationArguments() {
        return List.of(funderName, applicationTitle, Money.of(amount).formatNumber(java.util.Locale.FRENCH));
    }
}
