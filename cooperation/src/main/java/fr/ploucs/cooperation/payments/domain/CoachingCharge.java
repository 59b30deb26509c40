package fr.ploucs.cooperation.payments.domain;

import fr.ploucs.cooperation.shared.domain.GrantId;

import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Coaching hours of one session charged to a grant's envelope at its hourly rate, or, when no envelope covers
 * them, kept as hours beyond the envelope ({@code grantId} and {@code hourlyRate} null): flagged, never dropped.
 */
public record CoachingCharge(UUID id, UUID engagementEntryId, MemberId memberId, LocalDate workedOn,
                             String description, BigDecimal hours, GrantId grantId, Money hourlyRate) {

    public CoachingCharge {
        Objects.requireNonNull(id);
        Objects.requireNonNull(engagementEntryId);
        Objects.requireNonNull(memberId);
        Objects.requireNonNull(workedOn);
        Objects.requireNonNull(hours);
        if ((grantId == null) != (hourlyRate == null)) {
            throw new IllegalArgumentException("a charge names both its grant and its rate, or neither");
        }
    }

    public boolean beyondEnvelope() {
        return grantId == null;
    }

    /** What the network owes the member for these hours: nothing yet when no grant pays them. */
    public Money amount() {
        return beyondEnvelope() ? Money.ZERO : hourlyRate.times(hours);
    }
}
