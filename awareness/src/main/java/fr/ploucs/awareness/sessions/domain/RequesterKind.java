package fr.ploucs.awareness.sessions.domain;

public enum RequesterKind {
    SCHOOL, TRAINING_CENTRE, LOCAL_AUTHORITY, PARTNER_EVENT, ASSOCIATION, OTHER
}
