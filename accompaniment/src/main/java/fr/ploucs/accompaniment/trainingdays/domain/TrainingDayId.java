package fr.ploucs.accompaniment.trainingdays.domain;

import java.util.Objects;
import java.util.UUID;

public record TrainingDayId(UUID value) {

    public TrainingDayId {
        Objects.requireNonNull(value, "an id needs a value");
    }

    public static TrainingDayId newId() {
        return new TrainingDayId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
