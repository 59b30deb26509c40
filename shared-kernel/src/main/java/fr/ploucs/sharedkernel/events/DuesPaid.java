package fr.ploucs.sharedkernel.events;

import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.PloucsEvent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by cooperation when a coordinator records a payment of a member's yearly dues (« cotisation »).
 * Dues may be paid in several parts: each recorded payment is one event, {@code amount} being that payment (euros,
 * two decimals), not the year's total.
 */
public record DuesPaid(UUID eventId, Instant occurredAt, MemberId memberId, String memberName, int year,
                       BigDecimal amount) implements PloucsEvent {

    public DuesPaid {
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(memberId);
        Objects.requireNonNull(memberName);
        Objects.requireNonNull(amount);
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * The member's name, the year, the amount written the English way ({@code 120.50}) and the French way
     * ({@code 120,50}): each language's text picks its own.
     */
    @Override
    public List<String> notificationArguments() {
        String plain = amount.toPlainString();
        return List.of(memberName, Integer.toString(year), plain, plain.replace('.', ','));
    }
}
