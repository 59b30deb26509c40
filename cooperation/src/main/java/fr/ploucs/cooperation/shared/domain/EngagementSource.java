package fr.ploucs.cooperation.shared.domain;

/**
 * Where a member's hours for the network come from: named by the features that credit them (exchanges, training)
 * and kept by engagement.
 */
public enum EngagementSource {
    /** Reported by accompaniment: a member coached a project. */
    COACHING_SESSION,
    /** Reported by awareness: a member facilitated an awareness session. */
    AWARENESS_SESSION,
    /** Logged by a coordinator. */
    PRACTICE_EXCHANGE,
    /** Logged by a coordinator. */
    TRAINING,
    /** Logged by a coordinator. */
    OTHER;

    public boolean loggedByHand() {
        return this == PRACTICE_EXCHANGE || this == TRAINING || this == OTHER;
    }
}
