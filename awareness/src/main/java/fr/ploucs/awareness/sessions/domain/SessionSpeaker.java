package fr.ploucs.awareness.sessions.domain;

import java.util.Objects;
import java.util.UUID;

/** A testimony speaker invited to a session, named as when invited. */
public record SessionSpeaker(UUID speakerId, String name) {

    public SessionSpeaker {
        Objects.requireNonNull(speakerId);
        Objects.requireNonNull(name);
    }
}
