package fr.ploucs.accompaniment.applications.domain;

public enum LeadStatus {
    OPEN, APPLIED, DISMISSED
}
