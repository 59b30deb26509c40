package fr.ploucs.awareness.sessions.application.port.in;

import fr.ploucs.awareness.sessions.domain.AwarenessSession;
import fr.ploucs.awareness.sessions.domain.Requester;
import fr.ploucs.awareness.sessions.domain.SessionId;
import fr.ploucs.sharedkernel.MemberId;

import java.util.List;
import java.util.Optional;

public interface FindSessionsQuery {

    /** @param actingFor a representative's structure: a session it does not facilitate is refused ({@link NotYourSession}) */
    Optional<AwarenessSession> session(SessionId id, MemberId actingFor);

    /** Every session, the latest dates first (coordinators). */
    List<AwarenessSession> sessions();

    /** The sessions the member facilitates, the latest dates first: what its representatives see. */
    List<AwarenessSession> sessionsFacilitatedBy(MemberId memberId);

    /** Scheduled sessions that lost a facilitator when their member left. */
    List<AwarenessSession> sessionsNeedingFacilitator();

    List<Requester> requesters();
}
