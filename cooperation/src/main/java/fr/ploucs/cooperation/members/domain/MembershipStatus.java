package fr.ploucs.cooperation.members.domain;

/** Where a structure stands with the network. */
public enum MembershipStatus {
    /** Has applied to join; not a member yet. */
    CANDIDATE,
    ACTIVE,
    LEFT,
    /** Left once and came back: a member again. */
    RETURNED;

    /** Members today: those who can coach, facilitate, book, and owe dues. */
    public boolean isCurrentMember() {
        return this == ACTIVE || this == RETURNED;
    }
}
