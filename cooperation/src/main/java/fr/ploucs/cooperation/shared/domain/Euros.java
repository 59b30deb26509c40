package fr.ploucs.cooperation.shared.domain;

import fr.ploucs.cooperation.funding.domain.FundingRuleViolation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts of money in the funding records: euros with exactly two decimals, and positive where the rules say so. */
public final class Euros {

    private Euros() {
    }

    /** The amount with two decimals; more than two (a fraction of a cent) is refused rather than rounded. */
    public static BigDecimal of(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new FundingRuleViolation("funding.rule.amount-cents");
        }
    }

    public static BigDecimal positive(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            throw new FundingRuleViolation("funding.rule.amount-positive");
        }
        return of(amount);
    }

    public static BigDecimal sum(java.util.stream.Stream<BigDecimal> amounts) {
        return amounts.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
