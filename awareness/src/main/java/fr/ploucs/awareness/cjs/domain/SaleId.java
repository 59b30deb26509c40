package fr.ploucs.awareness.cjs.domain;

import java.util.Objects;
import java.util.UUID;

public record SaleId(UUID value) {

    public SaleId {
        Objects.requireNonNull(value, "an id needs a value");
    }

    public static SaleId newId() {
        return new SaleId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
