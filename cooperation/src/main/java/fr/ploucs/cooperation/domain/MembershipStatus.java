package fr.ploucs.cooperation.domain;

public enum MembershipStatus {
    ACTIVE,
    LEFT
}
