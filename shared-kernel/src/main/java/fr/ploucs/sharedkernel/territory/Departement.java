package fr.ploucs.sharedkernel.territory;

import java.util.Objects;

/** A French département from the official reference: its code (« 40 », « 2A », « 971 ») and name. */
public record Departement(String code, String name) {

    public Departement {
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
    }
}
