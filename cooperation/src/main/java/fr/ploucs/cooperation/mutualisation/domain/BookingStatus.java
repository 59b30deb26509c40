package fr.ploucs.cooperation.mutualisation.domain;

public enum BookingStatus {
    ACTIVE,
    CANCELLED
}
