package fr.ploucs.cooperation.funding.domain;

import java.util.Objects;
import java.util.UUID;

/** Identity of an application for funding (« demande de financement »). */
public record FundingApplicationId(UUID value) {

    public FundingApplicationId {
        Objects.requireNonNull(value);
    }

    public static FundingApplicationId newId() {
        return new FundingApplicationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
