package fr.ploucs.cooperation.dues.domain;

import fr.ploucs.sharedkernel.Money;

import java.math.BigDecimal;

/** Amounts of dues are euros with at most two decimals, above zero and below a hundred thousand. */
public final class DuesAmounts {

    public static final Money MAXIMUM = Money.of("99999.99");

    private DuesAmounts() {
    }

    /**
     * An amount as typed (a command's number) made {@link Money}; {@code reasonPrefix.required}, {@code .positive},
     * {@code .too-large}, {@code .cents} otherwise, so that the refusal lands next to the dues field.
     */
    public static Money euros(BigDecimal amount, String reasonPrefix) {
        if (amount == null) {
            throw new DuesRuleViolation(reasonPrefix + ".required");
        }
        if (amount.signum() <= 0) {
            throw new DuesRuleViolation(reasonPrefix + ".positive");
        }
        if (amount.compareTo(MAXIMUM.amount()) > 0) {
            throw new DuesRuleViolation(reasonPrefix + ".too-large");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new DuesRuleViolation(reasonPrefix + ".cents");
        }
        return Money.of(amount);
    }

    /** The amount itself when it is a dues amount; {@code reasonPrefix.required}, {@code .positive}, {@code .too-large} otherwise. */
    public static Money euros(Money amount, String reasonPrefix) {
        if (amount == null) {
            throw new DuesRuleViolation(reasonPrefix + ".required");
        }
        if (!amount.isPositive()) {
            throw new DuesRuleViolation(reasonPrefix + ".positive");
        }
        if (amount.isGreaterThan(MAXIMUM)) {
            throw new DuesRuleViolation(reasonPrefix + ".too-large");
        }
        return amount;
    }
}
