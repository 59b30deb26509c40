package fr.ploucs.awareness.sessions.domain;

import java.util.Objects;
import java.util.UUID;

public record RequesterId(UUID value) {

    public RequesterId {
        Objects.requireNonNull(value, "an id needs a value");
    }

    public static RequesterId newId() {
        return new RequesterId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
