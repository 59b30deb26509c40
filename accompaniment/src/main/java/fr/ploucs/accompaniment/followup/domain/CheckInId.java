package fr.ploucs.accompaniment.followup.domain;

import java.util.Objects;
import java.util.UUID;

public record CheckInId(UUID value) {

    public CheckInId {
        Objects.requireNonNull(value, "an id needs a value");
    }

    public static CheckInId newId() {
        return new CheckInId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
