package fr.ploucs.cooperation.funding.domain;

import java.util.Set;

/**
 * Where an application for funding stands. It only moves forward: an idea is drafted, the draft submitted, and the
 * funder decides on what was submitted.
 */
public enum ApplicationStatus {
    IDEA,
    DRAFTING,
    SUBMITTED,
    GRANTED,
    REJECTED;

    public Set<ApplicationStatus> next() {
        return switch (this) {
            case IDEA -> Set.of(DRAFTING, SUBMITTED);
            case DRAFTING -> Set.of(SUBMITTED);
            case SUBMITTED -> Set.of(GRANTED, REJECTED);
            case GRANTED, REJECTED -> Set.of();
        };
    }

    public boolean decided() {
        return this == GRANTED || this == REJECTED;
    }
}
