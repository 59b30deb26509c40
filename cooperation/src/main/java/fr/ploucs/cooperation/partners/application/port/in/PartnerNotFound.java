package fr.ploucs.cooperation.partners.application.port.in;

import fr.ploucs.sharedkernel.NotFound;

import fr.ploucs.cooperation.partners.domain.PartnerId;

public class PartnerNotFound extends NotFound {

    public PartnerNotFound(PartnerId id) {
        super("no partner", id);
    }
}
