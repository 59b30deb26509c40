package fr.ploucs.cooperation.partners.application.port.out;

import fr.ploucs.cooperation.partners.domain.Partner;
import fr.ploucs.cooperation.partners.domain.PartnerId;
import fr.ploucs.cooperation.partners.domain.PartnerKind;

import java.util.List;
import java.util.Optional;

public interface PartnerRepository {

    Optional<Partner> findById(PartnerId id);

    /**
     * Stores the partner and returns it as stored, with its new version: keep using the returned instance.
     *
     * @throws fr.ploucs.cooperation.partners.domain.PartnerChangedMeanwhile when someone stored it since it was read
     */
    Partner save(Partner partner);

    /** Partners whose name contains {@code name} (ignoring accents and case; blank = all), of {@code kind} (null = all), by name. */
    List<Partner> search(String name, PartnerKind kind);
}
