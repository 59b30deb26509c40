package fr.ploucs.sharedkernel.events;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What part of a grant is earmarked for (« fléchage »), as other pillars read it.
 *
 * @param kind       one of {@code COACHING_HOURS}, {@code AWARENESS}, {@code CJS}, {@code RUNNING_COSTS}: a text, so
 *                   that no pillar needs cooperation's own enum
 * @param amount     euros, two decimals
 * @param hourlyRate euros per hour, for {@code COACHING_HOURS} only, otherwise {@code null}
 * @param hours      number of hours, for {@code COACHING_HOURS} only, otherwise {@code null}
 */
public record GrantEarmark(String kind, BigDecimal amount, BigDecimal hourlyRate, BigDecimal hours) {

    public static final String COACHING_HOURS = "COACHING_HOURS";
    public static final String AWARENESS = "AWARENESS";
    public static final String CJS = "CJS";
    public static final String RUNNING_COSTS = "RUNNING_COSTS";

    public GrantEarmark {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(amount);
    }
}
