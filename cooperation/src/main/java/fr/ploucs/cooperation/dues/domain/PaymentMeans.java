package fr.ploucs.cooperation.dues.domain;

/** How a member paid its dues. */
public enum PaymentMeans {
    CHEQUE,
    TRANSFER,
    CASH,
    CARD,
    OTHER
}
