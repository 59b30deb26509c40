package fr.ploucs.accompaniment.programmes.domain;

/** Where a cohort's call for applications stands. Its criteria are fixed once it opens: applications are scored on them. */
public enum CallStatus {
    NOT_DEFINED, READY, OPEN, CLOSED
}
