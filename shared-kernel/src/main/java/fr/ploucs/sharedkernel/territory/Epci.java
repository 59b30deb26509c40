package fr.ploucs.sharedkernel.territory;

import java.util.Objects;

/**
 * An EPCI with its own taxation (« intercommunalité »): its SIREN, name and kind as the reference spells it
 * (CC communauté de communes, CA d'agglomération, CU urbaine, METRO métropole, MET69 métropole de Lyon).
 */
public record Epci(String code, String name, String kind) {

    public Epci {
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
    }

    /** How the EPCI is shown and chosen in a picker: « CC du Pays Morcenais (244000691) ». */
    public String label() {
        return name + " (" + code + ")";
    }
}
