package fr.ploucs.cooperation.funding.domain;

/** The part of the network's work an application asks money for. */
public enum FundedPillar {
    ACCOMPANIMENT,
    AWARENESS,
    COOPERATION,
    CJS
}
