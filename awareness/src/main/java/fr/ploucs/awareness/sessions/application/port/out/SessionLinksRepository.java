package fr.ploucs.awareness.sessions.application.port.out;

import fr.ploucs.awareness.sessions.domain.Requester;
import fr.ploucs.awareness.sessions.domain.SessionId;
import fr.ploucs.awareness.sessions.domain.SessionSpeaker;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What sessions keep about their links to the partners view and to the testimony speakers' pool. */
public interface SessionLinksRepository {

    Optional<Requester> requesterOfPartner(UUID partnerId);

    /** Stores the requester as standing for the partner (inserted, or updated when it exists). */
    Requester saveForPartner(Requester requester, UUID partnerId);

    /** @return whether added now (false when already invited) */
    boolean addSpeaker(SessionId sessionId, SessionSpeaker speaker);

    List<SessionSpeaker> speakers(SessionId sessionId);

    void planTool(SessionId sessionId, String toolName);

    Optional<String> plannedTool(SessionId sessionId);
}
