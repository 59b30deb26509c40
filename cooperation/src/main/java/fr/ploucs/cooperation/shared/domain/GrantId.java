package fr.ploucs.cooperation.shared.domain;

import java.util.Objects;
import java.util.UUID;

/** Identity of a grant (« subvention »): held by the funding feature and by those that charge grants (payments). */
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
