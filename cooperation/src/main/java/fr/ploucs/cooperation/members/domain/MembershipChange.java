package fr.ploucs.cooperation.members.domain;

import java.time.LocalDate;
import java.util.Objects;

/** One dated step of a structure's membership, with its reason where one was given. */
public record MembershipChange(Kind kind, LocalDate on, String reason) {

    public enum Kind {
        APPLIED,
        JOINED,
        LEFT,
        REJOINED
    }

    public MembershipChange {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(on);
    }
}
