package fr.ploucs.awareness.sessions.application.port.in;

import fr.ploucs.awareness.testimonies.domain.SpeakerId;

/** A testimony speaker invited to a session. */
public record InvitedSpeaker(SpeakerId id, String name) {
}
