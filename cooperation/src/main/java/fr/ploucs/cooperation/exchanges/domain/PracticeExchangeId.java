package fr.ploucs.cooperation.exchanges.domain;

import java.util.Objects;
import java.util.UUID;

public record PracticeExchangeId(UUID value) {

    public PracticeExchangeId {
        Objects.requireNonNull(value, "a practice exchange id needs a value");
    }

    public static PracticeExchangeId newId() {
        return new PracticeExchangeId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
