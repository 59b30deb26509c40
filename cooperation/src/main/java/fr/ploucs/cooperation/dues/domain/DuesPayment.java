package fr.ploucs.cooperation.dues.domain;

import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.Money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One payment of a member towards one year's dues. A member may pay a year in several parts (a cheque now, the
 * rest after its general assembly voted a budget): what it still owes is the year's amount less the sum of its
 * payments ({@link DuesBalance}).
 */
public final class DuesPayment {

    public static final int REFERENCE_MAX_LENGTH = 100;

    private final DuesPaymentId id;
    private final MemberId memberId;
    private final int year;
    private final Money amount;
    private final LocalDate paidOn;
    private final PaymentMeans means;
    private final String reference;
    private final Long version;

    public DuesPayment(DuesPaymentId id, MemberId memberId, int year, Money amount, LocalDate paidOn,
                       PaymentMeans means, String reference, Long version) {
        this.id = Objects.requireNonNull(id);
        this.memberId = Objects.requireNonNull(memberId);
        DuesSettings.requireValidYear(year);
        this.year = year;
        this.amount = DuesAmounts.euros(amount, "dues.payment.amount");
        if (paidOn == null) {
            throw new DuesRuleViolation("dues.payment.paidOn.required");
        }
        this.paidOn = paidOn;
        if (means == null) {
            throw new DuesRuleViolation("dues.payment.means.required");
        }
        this.means = means;
        String tidy = reference == null || reference.isBlank() ? null : reference.strip();
        if (tidy != null && tidy.length() > REFERENCE_MAX_LENGTH) {
            throw new DuesRuleViolation("dues.payment.reference.size");
        }
        this.reference = tidy;
        this.version = version;
    }

    /** A payment received today or before: a payment cannot be recorded ahead of being received. */
    public static DuesPayment received(DuesPaymentId id, MemberId memberId, int year, Money amount,
                                       LocalDate paidOn, PaymentMeans means, String reference, LocalDate today) {
        if (paidOn != null && paidOn.isAfter(today)) {
            throw new DuesRuleViolation("dues.payment.paidOn.future");
        }
        return new DuesPayment(id, memberId, year, amount, paidOn, means, reference, null);
    }

    /** The same payment, corrected: member and year stay, the rest is what the coordinator typed. */
    public DuesPayment correct(Money newAmount, LocalDate newPaidOn, PaymentMeans newMeans, String newReference,
                               LocalDate today) {
        if (newPaidOn != null && newPaidOn.isAfter(today)) {
            throw new DuesRuleViolation("dues.payment.paidOn.future");
        }
        return new DuesPayment(id, memberId, year, newAmount, newPaidOn, newMeans, newReference, version);
    }

    public boolean changedSince(Long expectedVersion) {
        return !Objects.equals(version, expectedVersion);
    }

    public DuesPaymentId getId() { return id; }
    public MemberId getMemberId() { return memberId; }
    public int getYear() { return year; }
    public Money getAmount() { return amount; }
    public LocalDate getPaidOn() { return paidOn; }
    public PaymentMeans getMeans() { return means; }
    public String getReference() { return reference; }
    public Long getVersion() { return version; }
}
