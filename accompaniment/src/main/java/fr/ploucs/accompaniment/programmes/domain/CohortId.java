package fr.ploucs.accompaniment.programmes.domain;

import java.util.Objects;
import java.util.UUID;

public record CohortId(UUID value) {

    public CohortId {
        Objects.requireNonNull(value, "an id needs a value");
    }

    public static CohortId newId() {
        return new CohortId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
