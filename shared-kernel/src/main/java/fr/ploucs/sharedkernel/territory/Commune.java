package fr.ploucs.sharedkernel.territory;

import java.util.List;
import java.util.Objects;

/**
 * A current French commune (« commune actuelle ») from the official reference: its INSEE code, name, postcodes, the
 * code of its département and the SIREN of its EPCI (null for the few communes in none, such as island communes).
 */
public record Commune(String code, String name, List<String> postcodes, String departementCode, String epciCode,
                      int population) {

    public Commune {
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
        Objects.requireNonNull(departementCode);
        postcodes = List.copyOf(postcodes);
    }

    /** The postcode people know it by: the first one, or the one starting with {@code prefix} when there is one. */
    public String postcodeFor(String prefix) {
        if (prefix != null && !prefix.isBlank()) {
            for (String postcode : postcodes) {
                if (postcode.startsWith(prefix)) {
                    return postcode;
                }
            }
        }
        return postcodes.isEmpty() ? "" : postcodes.get(0);
    }

    /** How the commune is shown and chosen in a picker: « Morcenx-la-Nouvelle (40110) ». */
    public String label(String postcode) {
        return postcode == null || postcode.isBlank() ? name : name + " (" + postcode + ")";
    }

    public String label() {
        return label(postcodeFor(null));
    }
}
