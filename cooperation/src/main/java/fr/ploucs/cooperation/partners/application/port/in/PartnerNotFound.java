package fr.ploucs.cooperation.partners.application.port.in;

import fr.ploucs.cooperation.partners.domain.PartnerId;

public class PartnerNotFound extends RuntimeException {

    public PartnerNotFound(PartnerId id) {
        super("no partner " + id);
    }
}
