package fr.ploucs.awareness.cjs.domain;

import java.time.LocalDate;

/** Something recorded on a day and valid until another (included). */
interface Expiring {

    LocalDate expiresOn();

    default boolean expired(LocalDate today) {
        return expiresOn().isBefore(today);
    }
}
