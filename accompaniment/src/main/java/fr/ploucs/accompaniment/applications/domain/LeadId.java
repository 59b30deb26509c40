package fr.ploucs.accompaniment.applications.domain;

import java.util.Objects;
import java.util.UUID;

public record LeadId(UUID value) {

    public LeadId {
        Objects.requireNonNull(value, "an id needs a value");
    }

    public static LeadId newId() {
        return new LeadId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
