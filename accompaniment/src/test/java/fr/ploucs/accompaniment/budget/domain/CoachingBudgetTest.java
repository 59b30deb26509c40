package fr.ploucs.accompaniment.budget.domain;

import fr.ploucs.accompaniment.budget.domain.CoachingBudget.Level;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class CoachingBudgetTest {

    private static CoachingBudget budget(String planned, String used) {
        return new CoachingBudget(new BigDecimal(planned), new BigDecimal(used));
    }

    @Test
    void coordinators_are_warned_from_eighty_percent_and_told_when_it_is_exceeded() {
        assertThat(budget("0", "0").level()).isEqualTo(Level.NONE);
        assertThat(budget("100", "79.99").level()).isEqualTo(Level.OK);
        assertThat(budget("100", "80").level()).isEqualTo(Level.RUNNING_OUT);
        assertThat(budget("100", "100").level()).isEqualTo(Level.RUNNING_OUT);
        assertThat(budget("100", "100.5").level()).isEqualTo(Level.EXCEEDED);
        assertThat(budget("0", "2").level()).isEqualTo(Level.EXCEEDED);
        assertThat(budget("100", "30").left()).isEqualByComparingTo("70");
        assertThat(budget("100", "130").overrun()).isEqualByComparingTo("30");
        assertThat(budget("100", "130").left()).isZero();
    }
}
