package fr.ploucs.cooperation.dues.application.port.in;

import fr.ploucs.sharedkernel.NotFound;

import fr.ploucs.cooperation.dues.domain.DuesPaymentId;

public class DuesPaymentNotFound extends NotFound {

    public DuesPaymentNotFound(DuesPaymentId id) {
        super("no dues payment", id);
    }
}
