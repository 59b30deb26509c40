package fr.ploucs.cooperation.dues.domain;

import java.util.Objects;
import java.util.UUID;

public record DuesPaymentId(UUID value) {

    public DuesPaymentId {
        Objects.requireNonNull(value);
    }

    public static DuesPaymentId newId() {
        return new DuesPaymentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
