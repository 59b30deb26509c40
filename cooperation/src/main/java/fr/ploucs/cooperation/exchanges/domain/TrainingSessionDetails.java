package fr.ploucs.cooperation.exchanges.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/** What a coordinator plans for a training session: title, day, start and end times (Paris), place, trainer, capacity. */
public record TrainingSessionDetails(String title, LocalDate on, LocalTime startsAt, LocalTime endsAt, String place,
                                     String trainer, int capacity, String description) {

    public TrainingSessionDetails {
        Objects.requireNonNull(on);
        Objects.requireNonNull(startsAt);
        Objects.requireNonNull(endsAt);
        if (title == null || title.isBlank()) {
            throw new TrainingRuleViolation("title", "training.session.title.required");
        }
        if (place == null || place.isBlank()) {
            throw new TrainingRuleViolation("place", "training.session.place.required");
        }
        if (trainer == null || trainer.isBlank()) {
            throw new TrainingRuleViolation("trainer", "training.session.trainer.required");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new TrainingRuleViolation("endsAt", "training.session.ends-before-start");
        }
        if (capacity < 1) {
            throw new TrainingRuleViolation("capacity", "training.session.capacity.min");
        }
        title = title.strip();
        place = place.strip();
        trainer = trainer.strip();
        description = description == null || description.isBlank() ? null : description.strip();
    }

    /** The session's length in hours, to the hundredth (1 h 20 is 1.33): what a present member is credited. */
    public BigDecimal durationInHours() {
        long minutes = Duration.between(startsAt, endsAt).toMinutes();
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }
}
