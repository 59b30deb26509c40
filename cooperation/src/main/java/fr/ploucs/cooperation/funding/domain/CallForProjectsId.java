package fr.ploucs.cooperation.funding.domain;

import java.util.Objects;
import java.util.UUID;

/** Identity of a call for projects (« appel à projets »). */
public record CallForProjectsId(UUID value) {

    public CallForProjectsId {
        Objects.requireNonNull(value);
    }

    public static CallForProjectsId newId() {
        return new CallForProjectsId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
