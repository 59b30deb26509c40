package fr.ploucs.sharedkernel;

import java.util.Objects;
import java.util.UUID;

/** Identity of a member structure of the network, shared by every pillar. */
public record MemberId(UUID value) {

    public MemberId {
        Objects.requireNonNull(value, "a member id needs a value");
    }

    public static MemberId newId() {
        return new MemberId(UUID.randomUUID());
    }

    public static MemberId of(String value) {
        return new MemberId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
