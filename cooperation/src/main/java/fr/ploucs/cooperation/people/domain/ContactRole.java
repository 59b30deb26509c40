package fr.ploucs.cooperation.people.domain;

/** The people of a member structure besides its representative. */
public enum ContactRole {
    STAFF,
    VOLUNTEER
}
