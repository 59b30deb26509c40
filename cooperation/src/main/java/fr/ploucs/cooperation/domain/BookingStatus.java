package fr.ploucs.cooperation.domain;

public enum BookingStatus {
    ACTIVE,
    CANCELLED
}
