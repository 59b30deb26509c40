package fr.ploucs.accompaniment.coaching.domain;

import java.util.Objects;
import java.util.UUID;

public record AssignmentId(UUID value) {

    public AssignmentId {
        Objects.requireNonNull(value, "an id needs a value");
    }

    public static AssignmentId newId() {
        return new AssignmentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
