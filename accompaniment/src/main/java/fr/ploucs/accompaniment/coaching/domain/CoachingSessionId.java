package fr.ploucs.accompaniment.coaching.domain;

import java.util.Objects;
import java.util.UUID;

public record CoachingSessionId(UUID value) {

    public CoachingSessionId {
        Objects.requireNonNull(value, "an id needs a value");
    }

    public static CoachingSessionId newId() {
        return new CoachingSessionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
