package fr.ploucs.cooperation.payments.domain;

import fr.ploucs.sharedkernel.Money;
import fr.ploucs.cooperation.shared.domain.GrantId;

import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EnvelopeAllocationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 8);
    private final CoachingSession session = new CoachingSession(UUID.randomUUID(), MemberId.newId(), DAY,
            "Ferme partagée", new BigDecimal("5"));

    @Test
    void the_grant_ending_soonest_pays_first_and_the_rest_goes_to_the_next() {
        CoachingEnvelope later = envelope("2026-01-01", "2027-06-30", "50.00", "100", "0");
        CoachingEnvelope sooner = envelope("2026-01-01", "2026-12-31", "45.00", "40", "37");

        List<CoachingCharge> charges = EnvelopeAllocation.charge(session, List.of(later, sooner));

        assertThat(charges).extracting(CoachingCharge::grantId, CoachingCharge::hours)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(sooner.grantId(), new BigDecimal("3")),
                        org.assertj.core.groups.Tuple.tuple(later.grantId(), new BigDecimal("2")));
        assertThat(charges.get(0).amount()).isEqualTo(Money.of("135.00"));
        assertThat(charges.get(1).amount()).isEqualTo(Money.of("100.00"));
    }

    @Test
    void hours_no_envelope_covers_are_kept_beyond_the_envelope() {
        CoachingEnvelope almostSpent = envelope("2026-01-01", "2026-12-31", "45.00", "40", "38.5");
        CoachingEnvelope expired = envelope("2025-01-01", "2025-12-31", "45.00", "40", "0");

        List<CoachingCharge> charges = EnvelopeAllocation.charge(session, List.of(almostSpent, expired));

        assertThat(charges).hasSize(2);
        assertThat(charges.get(0).hours()).isEqualByComparingTo("1.5");
        assertThat(charges.get(1).beyondEnvelope()).isTrue();
        assertThat(charges.get(1).hours()).isEqualByComparingTo("3.5");
        assertThat(charges.get(1).amount()).isEqualTo(Money.of("0"));
        assertThat(charges).extracting(CoachingCharge::hours).map(BigDecimal::doubleValue)
                .containsExactly(1.5, 3.5);
    }

    @Test
    void without_any_grant_every_hour_is_flagged() {
        assertThat(EnvelopeAllocation.charge(session, List.of()))
                .singleElement()
                .satisfies(charge -> {
                    assertThat(charge.beyondEnvelope()).isTrue();
                    assertThat(charge.hours()).isEqualByComparingTo("5");
                    assertThat(charge.engagementEntryId()).isEqualTo(session.id());
                });
    }

    private static CoachingEnvelope envelope(String from, String to, String rate, String hours, String charged) {
        return new CoachingEnvelope(GrantId.newId(), "Subvention", "Département", LocalDate.parse(from),
                LocalDate.parse(to), Money.of(rate), new BigDecimal(hours), new BigDecimal(charged));
    }
}
