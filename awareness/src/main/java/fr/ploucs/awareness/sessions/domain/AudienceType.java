package fr.ploucs.awareness.sessions.domain;

/** Who a session speaks to; a session may have several. */
public enum AudienceType {
    YOUTH, ADULTS, ELECTED_OFFICIALS, TECHNICIANS, TEACHERS
}
