package fr.ploucs.cooperation.application.port.in;

import fr.ploucs.cooperation.domain.PartnerId;

public class PartnerNotFound extends RuntimeException {

    public PartnerNotFound(PartnerId id) {
        super("no partner " + id);
    }
}
