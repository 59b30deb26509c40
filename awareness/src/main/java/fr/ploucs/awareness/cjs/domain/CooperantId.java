package fr.ploucs.awareness.cjs.domain;

import java.util.Objects;
import java.util.UUID;

public record CooperantId(UUID value) {

    public CooperantId {
        Objects.requireNonNull(value, "an id needs a value");
    }

    public static CooperantId newId() {
        return new CooperantId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
