package fr.ploucs.cooperation.exchanges.domain;

/** Recorded after a training session for each registration that held a place. */
public enum Attendance {
    PRESENT,
    ABSENT
}
