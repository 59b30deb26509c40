package fr.ploucs.cooperation.funding.domain;

/** Who a funder is: the public authorities at each level, foundations, the European LEADER programme, others. */
public enum FunderKind {
    STATE,
    REGION,
    DEPARTEMENT,
    EPCI,
    COMMUNE,
    FOUNDATION,
    EU_LEADER,
    OTHER
}
