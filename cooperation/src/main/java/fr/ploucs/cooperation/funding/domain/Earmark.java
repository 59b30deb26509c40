package fr.ploucs.cooperation.funding.domain;

import fr.ploucs.sharedkernel.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Part of a grant earmarked for one use (« fléchage »). Coaching hours carry their hourly rate and number of hours,
 * and their amount is always rate × hours; the other kinds carry an amount only.
 */
public record Earmark(EarmarkKind kind, Money amount, Money hourlyRate, BigDecimal hours) {

    public Earmark {
        Objects.requireNonNull(kind);
        if (kind == EarmarkKind.COACHING_HOURS) {
            if (hourlyRate == null || !hourlyRate.isPositive() || hours == null || hours.signum() <= 0) {
                throw new FundingRuleViolation("hours", "funding.earmark.rule.hours-positive");
            }
        }
        if (amount == null || !amount.isPositive()) {
            throw new FundingRuleViolation("amount", "funding.rule.amount-positive");
        }
        if (kind == EarmarkKind.COACHING_HOURS) {
            if (!amount.equals(hourlyRate.times(hours))) {
                throw new FundingRuleViolation("funding.earmark.rule.rate-times-hours");
            }
        } else if (hourlyRate != null || hours != null) {
            throw new FundingRuleViolation("funding.earmark.rule.hours-only-for-coaching");
        }
    }

    public static Earmark coachingHours(Money hourlyRate, BigDecimal hours) {
        if (hourlyRate == null || hours == null) {
            throw new FundingRuleViolation("hours", "funding.earmark.rule.hours-positive");
        }
        return new Earmark(EarmarkKind.COACHING_HOURS, hourlyRate.times(hours),
                hourlyRate, hours);
    }

    public static Earmark of(EarmarkKind kind, Money amount) {
        return new Earmark(kind, amount, null, null);
    }
}
