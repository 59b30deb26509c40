package fr.ploucs.cooperation.dues.application.port.out;

import fr.ploucs.cooperation.dues.domain.DuesPayment;
import fr.ploucs.cooperation.dues.domain.DuesPaymentId;

import java.util.List;
import java.util.Optional;

public interface DuesPaymentRepository {

    Optional<DuesPayment> findById(DuesPaymentId id);

    /** The year's payments, newest first. */
    List<DuesPayment> findAllOfYear(int year);

    /** @throws fr.ploucs.cooperation.dues.domain.DuesChangedMeanwhile when someone stored it since it was read */
    DuesPayment save(DuesPayment payment);

    /** @throws fr.ploucs.cooperation.dues.domain.DuesChangedMeanwhile when someone changed or deleted it since it was read */
    void delete(DuesPayment payment);
}
