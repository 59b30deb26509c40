package fr.ploucs.awareness.workshops.domain;

import java.util.Objects;
import java.util.UUID;

public record IdeaId(UUID value) {

    public IdeaId {
        Objects.requireNonNull(value, "an id needs a value");
    }

    public static IdeaId newId() {
        return new IdeaId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
