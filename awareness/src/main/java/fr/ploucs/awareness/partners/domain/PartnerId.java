package fr.ploucs.awareness.partners.domain;

import java.util.Objects;
import java.util.UUID;

/** A partner of the network, identified as cooperation identifies it. */
public record PartnerId(UUID value) {

    public PartnerId {
        Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
