package fr.ploucs.cooperation.payments.domain;

import fr.ploucs.cooperation.shared.domain.GrantId;
import fr.ploucs.sharedkernel.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Charges a session's coaching hours to the envelopes that cover its date: the grant ending soonest first (its
 * money is lost first), splitting the hours when an envelope runs out, and keeping what no envelope covers as
 * hours beyond the envelope.
 */
public final class EnvelopeAllocation {

    private EnvelopeAllocation() {
    }

    public static List<CoachingCharge> charge(CoachingSession session, List<CoachingEnvelope> envelopes) {
        List<CoachingCharge> charges = new ArrayList<>();
        BigDecimal left = session.hours();
        List<CoachingEnvelope> covering = envelopes.stream()
                .filter(envelope -> envelope.covers(session.on()))
                .filter(envelope -> envelope.remainingHours().signum() > 0)
                .sorted(Comparator.comparing(CoachingEnvelope::endsOn)
                        .thenComparing(CoachingEnvelope::startsOn)
                        .thenComparing(envelope -> envelope.grantId().value()))
                .toList();
        for (CoachingEnvelope envelope : covering) {
            if (left.signum() == 0) {
                break;
            }
            BigDecimal taken = left.min(envelope.remainingHours());
            charges.add(charge(session, taken, envelope.grantId(), envelope.hourlyRate()));
            left = left.subtract(taken);
        }
        if (left.signum() > 0) {
            charges.add(charge(session, left, null, null));
        }
        return charges;
    }

    private static CoachingCharge charge(CoachingSession session, BigDecimal hours, GrantId grant, Money rate) {
        return new CoachingCharge(UUID.randomUUID(), session.id(), session.memberId(), session.on(),
                session.description(), hours, grant, rate);
    }
}
