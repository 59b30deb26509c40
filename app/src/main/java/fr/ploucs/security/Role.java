package fr.ploucs.security;

/** What a signed-in person may do: coordinators run everything, representatives see their own structure. */
public enum Role {
    COORDINATOR,
    REPRESENTATIVE
}
