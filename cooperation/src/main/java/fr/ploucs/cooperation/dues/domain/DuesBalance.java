package fr.ploucs.cooperation.dues.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/** What a member owes for a year against what it paid: the year's amount, the sum of its payments. */
public record DuesBalance(BigDecimal due, BigDecimal paid) {

    public enum Status {
        UNPAID,
        PARTLY_PAID,
        PAID
    }

    public DuesBalance {
        due = Objects.requireNonNull(due).setScale(2, RoundingMode.UNNECESSARY);
        paid = Objects.requireNonNull(paid).setScale(2, RoundingMode.UNNECESSARY);
    }

    public static DuesBalance of(BigDecimal due, Collection<DuesPayment> payments) {
        BigDecimal paid = payments.stream().map(DuesPayment::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new DuesBalance(due, paid);
    }

    /** What is left to pay; never below zero (a member who paid too much owes nothing). */
    public BigDecimal remaining() {
        return due.subtract(paid).max(BigDecimal.ZERO).setScale(2, RoundingMode.UNNECESSARY);
    }

    public boolean fullyPaid() {
        return paid.compareTo(due) >= 0;
    }

    public Status status() {
        if (fullyPaid()) {
            return Status.PAID;
        }
        return paid.signum() > 0 ? Status.PARTLY_PAID : Status.UNPAID;
    }
}
