package fr.ploucs.awareness.partners.application.port.in;

import fr.ploucs.awareness.partners.domain.PartnerId;

import java.util.List;
import java.util.Optional;

/** Awareness's view of cooperation's partners, from which session requesters are picked. */
public interface FindPartnersQuery {

    /** Every partner known, by name. */
    List<PartnerSummary> partners();

    Optional<PartnerSummary> partner(PartnerId id);
}
