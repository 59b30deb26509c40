package fr.ploucs.cooperation.engagement.domain;

import fr.ploucs.cooperation.shared.domain.EngagementSource;



import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EngagementEntryTest {

    private static final MemberId MEMBER = MemberId.newId();

    @Test
    void refuses_hours_outside_a_working_day_or_with_more_than_two_decimals() {
        for (String hours : List.of("0", "-1", "24.01", "1.125")) {
            assertThatExceptionOfType(EngagementRuleViolation.class)
                    .as(hours)
                    .isThrownBy(() -> entry(EngagementSource.TRAINING, hours));
        }
        assertThat(entry(EngagementSource.TRAINING, "24").hours()).isEqualByComparingTo("24");
        assertThat(entry(EngagementSource.TRAINING, "0.25").hours()).isEqualByComparingTo("0.25");
    }

    @Test
    void a_year_contribution_totals_hours_by_source() {
        YearContribution contribution = new YearContribution(2026, List.of(
                entry(EngagementSource.COACHING_SESSION, "2.5"),
                entry(EngagementSource.COACHING_SESSION, "1.5"),
                entry(EngagementSource.PRACTICE_EXCHANGE, "3")));

        assertThat(contribution.totalHours()).isEqualByComparingTo("7");
        assertThat(contribution.hoursBySource())
                .containsOnlyKeys(EngagementSource.COACHING_SESSION, EngagementSource.PRACTICE_EXCHANGE);
        assertThat(contribution.hoursBySource().get(EngagementSource.COACHING_SESSION)).isEqualByComparingTo("4");
    }

    @Test
    void only_practice_exchanges_trainings_and_other_work_are_logged_by_hand() {
        assertThat(EngagementSource.COACHING_SESSION.loggedByHand()).isFalse();
        assertThat(EngagementSource.AWARENESS_SESSION.loggedByHand()).isFalse();
        assertThat(EngagementSource.PRACTICE_EXCHANGE.loggedByHand()).isTrue();
    }

    private static EngagementEntry entry(EngagementSource source, String hours) {
        return new EngagementEntry(UUID.randomUUID(), MEMBER, source, UUID.randomUUID().toString(),
                LocalDate.of(2026, 3, 1), new BigDecimal(hours), " objet ");
    }
}
