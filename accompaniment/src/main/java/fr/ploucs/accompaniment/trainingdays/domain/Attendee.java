package fr.ploucs.accompaniment.trainingdays.domain;

import java.util.Objects;
import java.util.UUID;

/** A project holder expected at a training day, and whether they came. */
public record Attendee(UUID projectId, String holderName, boolean present) {

    public Attendee {
        Objects.requireNonNull(projectId);
        Objects.requireNonNull(holderName);
    }
}
