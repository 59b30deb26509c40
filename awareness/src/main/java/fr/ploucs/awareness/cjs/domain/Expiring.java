package fr.ploucs.awareness.cjs.domain;

import java.time.LocalDate;

/** Something recorded on a day and valid until another (included). */
interface Expiring {

    /** A paper is valid a few years at most: a date further away is a typing mistake. */
    int LONGEST_YEARS = 3;

    LocalDate expiresOn();

    default boolean expired(LocalDate today) {
        return expiresOn().isBefore(today);
    }
}
