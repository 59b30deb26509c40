package fr.ploucs.cooperation.partners.application.port.out;

import fr.ploucs.cooperation.partners.domain.PartnerContact;
import fr.ploucs.cooperation.partners.domain.PartnerId;

import java.util.List;

public interface PartnerContactRepository {

    PartnerContact add(PartnerContact contact);

    /** The contacts of a partner, by name. */
    List<PartnerContact> contactsOf(PartnerId partner);
}
