package fr.ploucs.cooperation.partners.domain;

import java.util.Objects;
import java.util.UUID;

public record PartnerId(UUID value) {

    public PartnerId {
        Objects.requireNonNull(value, "a partner id needs a value");
    }

    public static PartnerId newId() {
        return new PartnerId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
