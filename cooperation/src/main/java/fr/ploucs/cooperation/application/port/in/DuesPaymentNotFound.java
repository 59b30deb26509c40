package fr.ploucs.cooperation.application.port.in;

import fr.ploucs.cooperation.domain.DuesPaymentId;

public class DuesPaymentNotFound extends RuntimeException {

    public DuesPaymentNotFound(DuesPaymentId id) {
        super("no dues payment " + id);
    }
}
