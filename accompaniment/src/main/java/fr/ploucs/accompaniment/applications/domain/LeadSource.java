package fr.ploucs.accompaniment.applications.domain;

/** How a lead reached the incubator: an idea awareness surfaced (its author agreed to be contacted), or by hand. */
public enum LeadSource {
    SURFACED_IDEA, BY_HAND
}
