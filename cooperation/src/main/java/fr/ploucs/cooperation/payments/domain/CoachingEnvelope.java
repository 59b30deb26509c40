package fr.ploucs.cooperation.payments.domain;

import fr.ploucs.cooperation.shared.domain.GrantId;
import fr.ploucs.sharedkernel.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The coaching hours a grant pays at one hourly rate (its COACHING_HOURS earmarks at that rate), and how many of
 * them are already charged.
 */
public record CoachingEnvelope(GrantId grantId, String grantTitle, String funderName, LocalDate startsOn,
                               LocalDate endsOn, Money hourlyRate, BigDecimal hours, BigDecimal chargedHours) {

    public CoachingEnvelope {
        Objects.requireNonNull(grantId);
        Objects.requireNonNull(hourlyRate);
        Objects.requireNonNull(hours);
        Objects.requireNonNull(chargedHours);
    }

    public BigDecimal remainingHours() {
        return hours.subtract(chargedHours).max(BigDecimal.ZERO);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
