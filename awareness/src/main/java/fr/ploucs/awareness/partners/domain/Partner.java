package fr.ploucs.awareness.partners.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Awareness's copy of a partner of the network (a commune, a school...), as cooperation last described it.
 *
 * @param kind      cooperation's kind: COMMUNE, EPCI, DEPARTEMENT, REGION, SCHOOL, OTHER
 * @param changedAt when the change described happened: only a newer one replaces it
 */
public record Partner(PartnerId id, String kind, String name, String communeCode, String epciCode,
                      Instant changedAt) {

    public Partner {
        Objects.requireNonNull(id);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(name);
        Objects.requireNonNull(changedAt);
    }

    /** Whether this description replaces {@code stored}: only a strictly newer one does. */
    public boolean newerThan(Partner stored) {
        return stored == null || changedAt.isAfter(stored.changedAt());
    }
}
