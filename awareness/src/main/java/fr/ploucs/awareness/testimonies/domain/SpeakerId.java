package fr.ploucs.awareness.testimonies.domain;

import java.util.Objects;
import java.util.UUID;

/** A testimony speaker: the graduated project's id in accompaniment. */
public record SpeakerId(UUID value) {

    public SpeakerId {
        Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
