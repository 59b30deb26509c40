package fr.ploucs.cooperation.exchanges.domain;

import java.util.Objects;
import java.util.UUID;

public record TrainingSessionId(UUID value) {

    public TrainingSessionId {
        Objects.requireNonNull(value, "an id needs a value");
    }

    public static TrainingSessionId newId() {
        return new TrainingSessionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
