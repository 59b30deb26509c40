package fr.ploucs.awareness.sessions.application.port.out;

import fr.ploucs.awareness.sessions.domain.AwarenessSession;
import fr.ploucs.awareness.sessions.domain.Requester;
import fr.ploucs.awareness.sessions.domain.RequesterId;
import fr.ploucs.awareness.sessions.domain.SessionId;
import fr.ploucs.sharedkernel.MemberId;

import java.util.List;
import java.util.Optional;

public interface SessionRepository {

    Requester save(Requester requester);

    Optional<Requester> findRequester(RequesterId id);

    List<Requester> requesters();

    /** Stores the session, failing when it changed since it was read. @return the session as stored, new version */
    AwarenessSession save(AwarenessSession session);

    /** Reads the session and holds its row's lock until the transaction ends. */
    Optional<AwarenessSession> lock(SessionId id);

    Optional<AwarenessSession> find(SessionId id);

    List<AwarenessSession> all();

    List<AwarenessSession> facilitatedBy(MemberId memberId);

    /** Scheduled sessions with a facilitation by the member, locked until the transaction ends. */
    List<AwarenessSession> lockScheduledFacilitatedBy(MemberId memberId);

    List<AwarenessSession> needingFacilitator();
}
