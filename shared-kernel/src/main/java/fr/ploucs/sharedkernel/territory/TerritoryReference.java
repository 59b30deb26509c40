package fr.ploucs.sharedkernel.territory;


import java.util.List;
import java.util.Optional;

/**
 * The official reference of French administrative divisions: current communes, EPCIs and départements. Read-only;
 * names are compared as {@link fr.ploucs.sharedkernel.territory.TerritoryText#normalize} does.
 */
public interface TerritoryReference {

    /**
     * Communes whose name contains the text typed (best matches first: the whole name, then its start, then a word's
     * start, then anywhere; bigger communes first among equals), or, when digits are typed, whose postcode starts
     * with them or whose INSEE code they are. At most {@code limit}.
     */
    List<Commune> findCommunes(String typed, int limit);

    /** Communes whose whole name is {@code name} (several communes share a name). */
    List<Commune> communesNamed(String name);

    Optional<Commune> commune(String inseeCode);

    /** EPCIs whose name contains the text typed, best matches first, at most {@code limit}. */
    List<Epci> findEpcis(String typed, int limit);

    List<Epci> epcisNamed(String name);

    Optional<Epci> epci(String siren);

    /** The member communes of an EPCI, by name. */
    List<Commune> communesOf(String epciSiren);

    Optional<Departement> departement(String code);

    /** Which version of the reference is loaded, for the record (« @etalab/decoupage-administratif 6.0.0 »). */
    String source();
}
