package fr.ploucs.cooperation.partners.domain;

/** What kind of exchange with a partner was logged in the « journal des échanges ». */
public enum InteractionKind {
    MEETING,
    CALL,
    EMAIL,
    EVENT,
    OTHER
}
