package fr.ploucs.awareness.sessions.application.port.in;

import fr.ploucs.awareness.sessions.domain.SessionId;
import fr.ploucs.awareness.testimonies.domain.SpeakerId;

import java.util.List;

/** Testimony speakers from the pool (structures graduated from the incubator) invited to sessions. */
public interface SessionSpeakersUseCase {

    /**
     * Invites the speaker to the session, once (inviting again changes nothing).
     *
     * @throws SessionNotFound for an unknown session
     * @throws fr.ploucs.awareness.sessions.domain.SessionRuleViolation field {@code speakerId} for a speaker not in
     *                                                                  the pool, none for a cancelled session
     */
    void invite(SessionId sessionId, SpeakerId speakerId);

    List<InvitedSpeaker> speakersOf(SessionId sessionId);
}
