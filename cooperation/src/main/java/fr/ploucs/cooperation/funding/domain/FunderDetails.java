package fr.ploucs.cooperation.funding.domain;

import java.util.Objects;

/** What the network knows of a funder: its name and kind, the person to contact, notes. */
public record FunderDetails(String name, FunderKind kind, String contactName, String contactEmail, String notes) {

    public FunderDetails {
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
        if (name.isBlank()) {
            throw new IllegalArgumentException("a funder needs a name");
        }
    }
}
