package fr.ploucs.awareness.partners.application.port.out;

import fr.ploucs.awareness.partners.domain.Partner;
import fr.ploucs.awareness.partners.domain.PartnerId;

import java.util.List;
import java.util.Optional;

public interface PartnerViewRepository {

    /** Stores the partner unless the row holds a change as new or newer (checked in SQL). @return whether stored */
    boolean saveIfNewer(Partner partner);

    Optional<Partner> find(PartnerId id);

    List<Partner> all();
}
