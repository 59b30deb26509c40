package fr.ploucs.awareness.tools.domain;

import java.util.Objects;
import java.util.UUID;

public record ToolId(UUID value) {

    public ToolId {
        Objects.requireNonNull(value, "an id needs a value");
    }

    public static ToolId newId() {
        return new ToolId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
