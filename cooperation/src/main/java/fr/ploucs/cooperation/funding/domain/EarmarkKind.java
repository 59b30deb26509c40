package fr.ploucs.cooperation.funding.domain;

/** What part of a grant pays for (« fléchage »). Coaching hours are counted as a rate times a number of hours. */
public enum EarmarkKind {
    COACHING_HOURS,
    AWARENESS,
    CJS,
    RUNNING_COSTS
}
