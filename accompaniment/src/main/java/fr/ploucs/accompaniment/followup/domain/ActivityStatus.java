package fr.ploucs.accompaniment.followup.domain;

/** Where a past participant stands at a check-in. */
public enum ActivityStatus {
    ACTIVE, IN_DIFFICULTY, STOPPED
}
