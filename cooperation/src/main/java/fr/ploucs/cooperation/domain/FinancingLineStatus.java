package fr.ploucs.cooperation.domain;

/** Whether a line of a financing plan is only hoped for or already confirmed. */
public enum FinancingLineStatus {
    EXPECTED,
    CONFIRMED
}
