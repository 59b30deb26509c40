package fr.ploucs.awareness.cjs.domain;

import fr.ploucs.sharedkernel.Money;

import java.time.LocalDate;
import java.util.Objects;

/** A service the cooperative sold to a client (garden work, removals, car washing...) and its amount. */
public record Sale(SaleId id, EditionId editionId, String client, String description, Money amount, LocalDate soldOn) {

    public Sale {
        Objects.requireNonNull(id);
        Objects.requireNonNull(editionId);
        client = text(client, "client", true);
        description = text(description, "description", true);
        if (amount == null) {
            throw new CjsRuleViolation("amount", "awareness.cjs.sale.amount.required");
        }
        if (!amount.isPositive()) {
            throw new CjsRuleViolation("amount", "awareness.cjs.sale.amount.positive");
        }
        if (soldOn == null) {
            throw new CjsRuleViolation("soldOn", "awareness.cjs.sale.sold-on.required");
        }
    }

    /** Sold during the edition (its days, inclusive). */
    public static Sale sold(SaleId id, Edition edition, String client, String description, Money amount,
                            LocalDate soldOn) {
        if (soldOn != null && (soldOn.isBefore(edition.startsOn()) || soldOn.isAfter(edition.endsOn()))) {
            throw new CjsRuleViolation("soldOn", "awareness.cjs.sale.sold-on.range");
        }
        return new Sale(id, edition.id(), client, description, amount, soldOn);
    }

    private static String text(String text, String field, boolean required) {
        String trimmed = text == null ? "" : text.strip();
        if (required && trimmed.isEmpty()) {
            throw new CjsRuleViolation(field, "awareness.cjs.sale." + field + ".required");
        }
        if (trimmed.length() > Edition.NAME_MAX) {
            throw new CjsRuleViolation(field, "awareness.cjs.text.too-long");
        }
        return trimmed;
    }
}
