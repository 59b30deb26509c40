package fr.ploucs.cooperation.funding.domain;

import java.util.Objects;
import java.util.UUID;

/** Identity of a grant (« subvention »). */
public record GrantId(UUID value) {

    public GrantId {
        Objects.requireNonNull(value);
    }

    public static GrantId newId() {
        return new GrantId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
