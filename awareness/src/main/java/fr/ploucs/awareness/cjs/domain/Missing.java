package fr.ploucs.awareness.cjs.domain;

/** What keeps a cooperant inactive. */
public enum Missing {
    PARENTAL_AUTHORISATION, PARENTAL_AUTHORISATION_EXPIRED, IMAGE_RIGHTS, IMAGE_RIGHTS_EXPIRED
}
