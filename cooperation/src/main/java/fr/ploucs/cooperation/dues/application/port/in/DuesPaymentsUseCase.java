package fr.ploucs.cooperation.dues.application.port.in;

import fr.ploucs.cooperation.dues.domain.DuesPaymentId;
import fr.ploucs.cooperation.dues.domain.PaymentMeans;
import fr.ploucs.sharedkernel.MemberId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Payments of a year's dues, recorded by a coordinator. A member may pay in several parts. Recording one publishes
 * {@code DuesPaid}; a correction or a deletion (of a payment entered by mistake) publishes nothing.
 */
public interface DuesPaymentsUseCase {

    /**
     * @throws fr.ploucs.cooperation.dues.domain.DuesRuleViolation {@code dues.settings.missing} when the year has no amount
     *         yet, {@code dues.payment.member-not-active} for a member who is not active, or a refused value
     * @throws MemberNotFound for an unknown member
     */
    DuesPaymentId record(RecordDuesPayment command);

    /** @throws DuesPaymentNotFound, fr.ploucs.cooperation.dues.domain.DuesChangedMeanwhile, fr.ploucs.cooperation.dues.domain.DuesRuleViolation */
    void correct(CorrectDuesPayment command);

    /** @throws DuesPaymentNotFound, fr.ploucs.cooperation.dues.domain.DuesChangedMeanwhile */
    void delete(DeleteDuesPayment command);

    record RecordDuesPayment(MemberId memberId, int year, BigDecimal amount, LocalDate paidOn, PaymentMeans means,
                             String reference) {
        public RecordDuesPayment {
            Objects.requireNonNull(memberId);
        }
    }

    record CorrectDuesPayment(DuesPaymentId paymentId, Long expectedVersion, BigDecimal amount, LocalDate paidOn,
                              PaymentMeans means, String reference) {
        public CorrectDuesPayment {
            Objects.requireNonNull(paymentId);
        }
    }

    record DeleteDuesPayment(DuesPaymentId paymentId, Long expectedVersion) {
        public DeleteDuesPayment {
            Objects.requireNonNull(paymentId);
        }
    }
}
