package fr.ploucs.cooperation.exchanges.domain;

import java.util.Objects;
import java.util.UUID;

public record TrainingRegistrationId(UUID value) {

    public TrainingRegistrationId {
        Objects.requireNonNull(value, "an id needs a value");
    }

    public static TrainingRegistrationId newId() {
        return new TrainingRegistrationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
