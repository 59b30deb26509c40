package fr.ploucs.cooperation.application.port.out;

import fr.ploucs.cooperation.domain.PartnerContact;
import fr.ploucs.cooperation.domain.PartnerId;

import java.util.List;

public interface PartnerContactRepository {

    PartnerContact add(PartnerContact contact);

    /** The contacts of a partner, by name. */
    List<PartnerContact> contactsOf(PartnerId partner);
}
