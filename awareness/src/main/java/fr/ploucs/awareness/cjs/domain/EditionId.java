package fr.ploucs.awareness.cjs.domain;

import java.util.Objects;
import java.util.UUID;

public record EditionId(UUID value) {

    public EditionId {
        Objects.requireNonNull(value, "an id needs a value");
    }

    public static EditionId newId() {
        return new EditionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
