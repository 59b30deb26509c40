package fr.ploucs.cooperation.mutualisation.domain;

import java.util.Objects;
import java.util.UUID;

public record SharedResourceId(UUID value) {

    public SharedResourceId {
        Objects.requireNonNull(value, "a shared resource id needs a value");
    }

    public static SharedResourceId newId() {
        return new SharedResourceId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
