package fr.ploucs.cooperation.mutualisation.domain;

import java.util.Objects;
import java.util.UUID;

public record BookingId(UUID value) {

    public BookingId {
        Objects.requireNonNull(value, "a booking id needs a value");
    }

    public static BookingId newId() {
        return new BookingId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
