package fr.ploucs.cooperation.people.domain;

import java.util.Objects;
import java.util.UUID;

/** Someone of a member structure the network works with, besides its representative. */
public record ContactPerson(UUID id, String name, ContactRole role, String email, String phone) {

    public ContactPerson {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(role);
    }
}
