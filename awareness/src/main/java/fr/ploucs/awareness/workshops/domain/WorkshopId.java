package fr.ploucs.awareness.workshops.domain;

import java.util.Objects;
import java.util.UUID;

public record WorkshopId(UUID value) {

    public WorkshopId {
        Objects.requireNonNull(value, "an id needs a value");
    }

    public static WorkshopId newId() {
        return new WorkshopId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
