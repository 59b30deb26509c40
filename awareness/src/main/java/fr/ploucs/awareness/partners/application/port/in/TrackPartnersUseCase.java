package fr.ploucs.awareness.partners.application.port.in;

import java.time.Instant;
import java.util.UUID;

/** Keeps the partners view in step with cooperation's partner events. */
public interface TrackPartnersUseCase {

    /**
     * Applies a partner's whole details as they were at {@code occurredAt}: only when newer than what is stored, so a
     * redelivery or a change overtaken by a later one changes nothing.
     *
     * @return whether the view changed
     */
    boolean detailsChanged(PartnerDetails details);

    record PartnerDetails(UUID partnerId, String kind, String name, String communeCode, String epciCode,
                          Instant occurredAt) {
    }
}
