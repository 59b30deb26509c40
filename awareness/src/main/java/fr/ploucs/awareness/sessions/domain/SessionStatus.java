package fr.ploucs.awareness.sessions.domain;

/** requested → scheduled → delivered → evaluated, or cancelled (with a reason) before delivery. */
public enum SessionStatus {
    REQUESTED, SCHEDULED, DELIVERED, EVALUATED, CANCELLED;

    /** Whether the session is still to come: its facilitators hold a responsibility. */
    public boolean upcoming() {
        return this == REQUESTED || this == SCHEDULED;
    }
}
