package fr.ploucs.awareness.reach.application.port.in;

import java.util.List;

/**
 * People reached by the delivered (and evaluated) sessions, counted in PostgreSQL from their actual participants.
 * A session with several audiences counts its participants under each of them (the per-audience figures may add up
 * to more than the people reached); cancelled or not yet delivered sessions count nothing.
 */
public interface ReachIndicatorsQuery {

    /** The years with a delivered session, the latest first. */
    List<Integer> years();

    /** Per year, the sessions delivered and the people reached, the latest year first. */
    List<YearReach> perYear();

    /**
     * In a year, the people reached per audience type (the sessions' audience names: {@code YOUTH}, {@code ADULTS},
     * {@code ELECTED_OFFICIALS}, {@code TECHNICIANS}, {@code TEACHERS}; texts {@code awareness.session.audience.<name>}),
     * in that order, audiences with none left out.
     */
    List<AudienceReach> perAudience(int year);

    /** In a year, the people reached per commune (INSEE code), the most reached first. */
    List<CommuneReach> perCommune(int year);

    /**
     * In a year, the people reached per EPCI (« intercommunalité »), from the communes' EPCI in the territory reference,
     * the most reached first. Sessions in a commune outside any EPCI (or unknown to the reference) count under a
     * {@code null} EPCI, last.
     */
    List<EpciReach> perEpci(int year);

    /** In a year, the people reached per educational tool used ({@code null}: no tool named), the most first. */
    List<ToolReach> perTool(int year);

    record YearReach(int year, long sessions, long people) {
    }

    record AudienceReach(String audience, long sessions, long people) {
    }

    record CommuneReach(String communeCode, long sessions, long people) {
    }

    /** @param epciCode the EPCI's SIREN; {@code null}: no EPCI ({@code epciName} is then {@code null} too) */
    record EpciReach(String epciCode, String epciName, long sessions, long people) {
    }

    record ToolReach(String tool, long sessions, long people) {
    }
}
