package fr.ploucs.cooperation.people.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A former representative of a member structure and when they held the role. */
public record RepresentativeTerm(String name, String email, String phone, LocalDate from, LocalDate until,
                                 String reason) {

    public RepresentativeTerm {
        Objects.requireNonNull(name);
        Objects.requireNonNull(email);
        Objects.requireNonNull(until);
    }
}
