package fr.ploucs.cooperation.partners.application.port.in;

import fr.ploucs.cooperation.partners.domain.Partner;
import fr.ploucs.cooperation.partners.domain.PartnerContact;
import fr.ploucs.cooperation.partners.domain.PartnerId;
import fr.ploucs.cooperation.partners.domain.PartnerInteraction;
import fr.ploucs.cooperation.partners.domain.PartnerKind;

import java.util.List;
import java.util.Optional;

public interface FindPartnersQuery {

    Optional<Partner> byId(PartnerId id);

    /** Name containing {@code name} (accents and case ignored; blank = all), of {@code kind} (null = all), by name. */
    List<Partner> search(String name, PartnerKind kind);

    List<PartnerContact> contacts(PartnerId id);

    /** The « journal des échanges », latest first. */
    List<PartnerInteraction> interactions(PartnerId id);
}
