package fr.ploucs.cooperation.dues.domain;

import fr.ploucs.sharedkernel.Money;

import java.util.Collection;
import java.util.Objects;

/** What a member owes for a year against what it paid: the year's amount, the sum of its payments. */
public record DuesBalance(Money due, Money paid) {

    public enum Status {
        UNPAID,
        PARTLY_PAID,
        PAID
    }

    public DuesBalance {
        Objects.requireNonNull(due);
        Objects.requireNonNull(paid);
    }

    public static DuesBalance of(Money due, Collection<DuesPayment> payments) {
        return new DuesBalance(due, Money.sum(payments.stream().map(DuesPayment::getAmount)));
    }

    /** What is left to pay; never below zero (a member who paid too much owes nothing). */
    public Money remaining() {
        return due.minus(paid).max(Money.ZERO);
    }

    public boolean fullyPaid() {
        return !paid.isLessThan(due);
    }

    public Status status() {
        if (fullyPaid()) {
            return Status.PAID;
        }
        return paid.isPositive() ? Status.PARTLY_PAID : Status.UNPAID;
    }
}
