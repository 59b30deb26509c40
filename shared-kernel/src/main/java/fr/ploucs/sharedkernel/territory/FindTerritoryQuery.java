package fr.ploucs.sharedkernel.territory;


import java.util.List;
import java.util.Optional;

/** The territory reference for the screens: suggestions as a coordinator types, and what a typed value stands for. */
public interface FindTerritoryQuery {

    int SUGGESTIONS = 20;

    /** At most 20 communes by (part of) name, accents and case ignored, or by postcode prefix. */
    List<Commune> suggestCommunes(String typed);

    /** At most 20 EPCIs by (part of) name. */
    List<Epci> suggestEpcis(String typed);

    Optional<Commune> commune(String inseeCode);

    Optional<Epci> epci(String siren);

    Optional<Departement> departement(String code);

    List<Commune> communesOf(String epciSiren);

    /**
     * What a typed commune stands for: « Morcenx-la-Nouvelle (40110) » as a picker offers it, a name alone when only one
     * commune has it, or an INSEE code. Blank: nothing chosen, no problem.
     */
    Resolution<Commune> resolveCommune(String typed);

    /** What a typed EPCI stands for: « CC du Pays Morcenais (244000691) », a name alone, or a SIREN. */
    Resolution<Epci> resolveEpci(String typed);

    /**
     * The result of reading a typed value: the entity found, or the message key of the problem (unknown, or
     * ambiguous), or neither when nothing was typed.
     */
    record Resolution<T>(T found, String problem) {

        public static <T> Resolution<T> of(T found) {
            return new Resolution<>(found, null);
        }

        public static <T> Resolution<T> problem(String key) {
            return new Resolution<>(null, key);
        }

        public static <T> Resolution<T> nothing() {
            return new Resolution<>(null, null);
        }

        public Optional<T> value() {
            return Optional.ofNullable(found);
        }

        public boolean refused() {
            return problem != null;
        }
    }
}
