package fr.ploucs.cooperation.dues.application.port.in;

import fr.ploucs.cooperation.dues.domain.DuesPaymentId;

public class DuesPaymentNotFound extends RuntimeException {

    public DuesPaymentNotFound(DuesPaymentId id) {
        super("no dues payment " + id);
    }
}
