package fr.ploucs.accompaniment.budget.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A cohort's coaching hours: planned (allocated from the hours the network's grants earmark for coaching), used
 * (the hours of its projects' sessions) and left. Coordinators are warned once {@link #WARNING_SHARE} of the
 * planned hours are used, before the budget runs out.
 */
public record CoachingBudget(BigDecimal planned, BigDecimal used) {

    public static final BigDecimal WARNING_SHARE = new BigDecimal("0.80");

    public CoachingBudget {
        Objects.requireNonNull(planned);
        Objects.requireNonNull(used);
    }

    public BigDecimal left() {
        return planned.subtract(used).max(BigDecimal.ZERO);
    }

    public BigDecimal overrun() {
        return used.subtract(planned).max(BigDecimal.ZERO);
    }

    public Level level() {
        if (planned.signum() == 0) {
            return used.signum() == 0 ? Level.NONE : Level.EXCEEDED;
        }
        if (used.compareTo(planned) > 0) {
            return Level.EXCEEDED;
        }
        return used.divide(planned, 4, RoundingMode.HALF_UP).compareTo(WARNING_SHARE) >= 0 ? Level.RUNNING_OUT
                : Level.OK;
    }

    public enum Level {
        NONE, OK, RUNNING_OUT, EXCEEDED
    }
}
