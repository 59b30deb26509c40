package fr.ploucs.cooperation.funding.domain;

/** Whether a line of a financing plan is only hoped for or already confirmed. */
public enum FinancingLineStatus {
    EXPECTED,
    CONFIRMED
}
