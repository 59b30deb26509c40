package fr.ploucs.sharedkernel.events;

import fr.ploucs.sharedkernel.Money;
import fr.ploucs.sharedkernel.PloucsEvent;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by cooperation when a coordinator earmarks part of a grant after it was granted, so that the earmarked
 * pillar gets the budget even when the earmarks are known only once the funder's notification is read.
 */
public record GrantEarmarkAdded(UUID eventId, Instant occurredAt, UUID grantId, String funderName,
                                String applicationTitle, GrantEarmark earmark) implements PloucsEvent {

    public GrantEarmarkAdded {
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(grantId);
        Objects.requireNonNull(funderName);
        Objects.requireNonNull(applicationTitle);
        Objects.requireNonNull(earmark);
    }

    /** Funder, title, kind of earmark (a code), amount. */
    @Override
    public List<String> notificationArguments() {
        return List.of(funderName, applicationTitle, earmark.kind(), Money.of(earmark.amount()).formatNumber(java.util.Locale.FRENCH));
    }
}
