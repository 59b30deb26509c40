package fr.ploucs.cooperation.partners.application.port.out;

import fr.ploucs.cooperation.partners.domain.PartnerId;
import fr.ploucs.cooperation.partners.domain.PartnerInteraction;

import java.util.List;

public interface PartnerInteractionRepository {

    PartnerInteraction add(PartnerInteraction interaction);

    /** A partner's log, latest first (by date, then by when it was written). */
    List<PartnerInteraction> logOf(PartnerId partner);
}
