package fr.ploucs.cooperation.funding.domain;

import java.util.Objects;
import java.util.UUID;

/** Identity of a funder (« financeur »). */
public record FunderId(UUID value) {

    public FunderId {
        Objects.requireNonNull(value);
    }

    public static FunderId newId() {
        return new FunderId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
