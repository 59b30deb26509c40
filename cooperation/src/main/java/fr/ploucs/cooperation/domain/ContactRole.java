package fr.ploucs.cooperation.domain;

/** The people of a member structure besides its representative. */
public enum ContactRole {
    STAFF,
    VOLUNTEER
}
