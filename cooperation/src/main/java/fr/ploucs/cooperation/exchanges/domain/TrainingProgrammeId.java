package fr.ploucs.cooperation.exchanges.domain;

import java.util.Objects;
import java.util.UUID;

public record TrainingProgrammeId(UUID value) {

    public TrainingProgrammeId {
        Objects.requireNonNull(value, "an id needs a value");
    }

    public static TrainingProgrammeId newId() {
        return new TrainingProgrammeId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
