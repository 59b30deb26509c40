package fr.ploucs.cooperation.dues.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts of dues are euros with at most two decimals, above zero and below a hundred thousand. */
public final class DuesAmounts {

    public static final BigDecimal MAXIMUM = new BigDecimal("99999.99");

    private DuesAmounts() {
    }

    /** The amount with exactly two decimals; {@code reasonPrefix.required}, {@code .positive}, {@code .too-large}, {@code .cents} otherwise. */
    public static BigDecimal euros(BigDecimal amount, String reasonPrefix) {
        if (amount == null) {
            throw new DuesRuleViolation(reasonPrefix + ".required");
        }
        if (amount.signum() <= 0) {
            throw new DuesRuleViolation(reasonPrefix + ".positive");
        }
        if (amount.compareTo(MAXIMUM) > 0) {
            throw new DuesRuleViolation(reasonPrefix + ".too-large");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new DuesRuleViolation(reasonPrefix + ".cents");
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
