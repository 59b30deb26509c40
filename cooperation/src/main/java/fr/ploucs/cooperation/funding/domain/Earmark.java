package fr.ploucs.cooperation.funding.domain;

import fr.ploucs.cooperation.shared.domain.Euros;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Part of a grant earmarked for one use (« fléchage »). Coaching hours carry their hourly rate and number of hours,
 * and their amount is always rate × hours; the other kinds carry an amount only.
 */
public record Earmark(EarmarkKind kind, BigDecimal amount, BigDecimal hourlyRate, BigDecimal hours) {

    public Earmark {
        Objects.requireNonNull(kind);
        if (kind == EarmarkKind.COACHING_HOURS) {
            if (hourlyRate == null || hourlyRate.signum() <= 0 || hours == null || hours.signum() <= 0) {
                throw new FundingRuleViolation("funding.earmark.rule.hours-positive");
            }
            hourlyRate = Euros.of(hourlyRate);
        }
        amount = Euros.positive(amount);
        if (kind == EarmarkKind.COACHING_HOURS) {
            if (amount.compareTo(hourlyRate.multiply(hours).setScale(2, RoundingMode.HALF_UP)) != 0) {
                throw new FundingRuleViolation("funding.earmark.rule.rate-times-hours");
            }
        } else if (hourlyRate != null || hours != null) {
            throw new FundingRuleViolation("funding.earmark.rule.hours-only-for-coaching");
        }
    }

    public static Earmark coachingHours(BigDecimal hourlyRate, BigDecimal hours) {
        if (hourlyRate == null || hours == null) {
            throw new FundingRuleViolation("funding.earmark.rule.hours-positive");
        }
        return new Earmark(EarmarkKind.COACHING_HOURS, hourlyRate.multiply(hours).setScale(2, RoundingMode.HALF_UP),
                hourlyRate, hours);
    }

    public static Earmark of(EarmarkKind kind, BigDecimal amount) {
        return new Earmark(kind, amount, null, null);
    }
}
