package fr.ploucs.cooperation.exchanges.domain;

/** Where a registration for a training session stands. */
public enum RegistrationStatus {
    /** Holds a place. */
    REGISTERED,
    /** The session was full: first in, first promoted when a place frees up. */
    WAITING,
    /** Cancelled: holds nothing, kept on record. */
    CANCELLED
}
