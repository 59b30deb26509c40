package fr.ploucs.awareness.cjs.domain;

import java.util.Objects;
import java.util.UUID;

/** A decision the cooperative took in one of its meetings. */
public record Decision(UUID id, UUID meetingId, String text) {

    public Decision {
        Objects.requireNonNull(id);
        Objects.requireNonNull(meetingId);
        text = Texts.required(text, "text", "awareness.cjs.decision.text.required", Texts.LONG_MAX);
    }
}
