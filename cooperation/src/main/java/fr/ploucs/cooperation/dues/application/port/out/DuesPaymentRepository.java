package fr.ploucs.cooperation.dues.application.port.out;

import fr.ploucs.cooperation.dues.domain.DuesPayment;
import fr.ploucs.cooperation.dues.domain.DuesPaymentId;

import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.Money;

import java.util.List;
import java.util.Optional;

public interface DuesPaymentRepository {

    Optional<DuesPayment> findById(DuesPaymentId id);

    /** The year's payments, newest first. */
    List<DuesPayment> findAllOfYear(int year);

    /** One member's payments of the year, newest first. */
    List<DuesPayment> findOfMember(MemberId memberId, int year);

    /** How many current members (active or returned) have paid less than {@code due} for the year. */
    long countCurrentMembersOwing(int year, Money due);

    /** @throws fr.ploucs.cooperation.dues.domain.DuesChangedMeanwhile when someone stored it since it was read */
    DuesPayment save(DuesPayment payment);

    /** @throws fr.ploucs.cooperation.dues.domain.DuesChangedMeanwhile when someone changed or deleted it since it was read */
    void delete(DuesPayment payment);
}
