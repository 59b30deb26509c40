package fr.ploucs.cooperation.funding.domain;

/** A report owed to a funder: an interim one during the grant, the final one at its end. */
public enum ReportKind {
    INTERIM,
    FINAL
}
