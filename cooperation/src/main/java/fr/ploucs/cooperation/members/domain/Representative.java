package fr.ploucs.cooperation.members.domain;

import java.util.Objects;

/** The person who represents a member structure in the network (« référent·e »). */
public record Representative(String name, String email, String phone) {

    public Representative {
        Objects.requireNonNull(name);
        Objects.requireNonNull(email);
    }
}
