package fr.ploucs.awareness.tools.domain;

import java.util.Objects;
import java.util.UUID;

public record CopyId(UUID value) {

    public CopyId {
        Objects.requireNonNull(value, "an id needs a value");
    }

    public static CopyId newId() {
        return new CopyId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
