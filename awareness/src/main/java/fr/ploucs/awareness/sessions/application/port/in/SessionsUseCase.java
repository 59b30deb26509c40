package fr.ploucs.awareness.sessions.application.port.in;

import fr.ploucs.awareness.sessions.domain.AudienceType;
import fr.ploucs.awareness.sessions.domain.AwarenessSession.Evaluation;
import fr.ploucs.awareness.sessions.domain.RequesterId;
import fr.ploucs.awareness.sessions.domain.RequesterKind;
import fr.ploucs.awareness.sessions.domain.SessionId;
import fr.ploucs.sharedkernel.MemberId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Session requests to evaluation. {@code actingFor} is the member structure a representative acts for ({@code null}
 * for a coordinator): a representative evaluates only the sessions their structure facilitates, else
 * {@link NotYourSession}.
 */
public interface SessionsUseCase {

    RequesterId createRequester(CreateRequester command);

    /** @throws fr.ploucs.awareness.sessions.domain.SessionRuleViolation field {@code communeCode} when unknown */
    SessionId request(Request command);

    void schedule(Schedule command);

    void deliver(Deliver command);

    void evaluate(Evaluate command);

    void cancel(Cancel command);

    /** Flags the scheduled sessions the member facilitated; a repeated call changes nothing. */
    void memberLeft(MemberId memberId);

    record CreateRequester(String name, RequesterKind kind, String contact) {
    }

    record Request(RequesterId requesterId, String title, LocalDate date, String communeCode,
                   Set<AudienceType> audiences, Integer expectedParticipants) {
    }

    /** @param personName the person of the member structure who facilitates; hours include preparation */
    record Facilitator(MemberId memberId, String personName, String personEmail, BigDecimal hours) {
    }

    record Schedule(SessionId sessionId, Long expectedVersion, LocalDate date, List<Facilitator> facilitators) {
    }

    record Deliver(SessionId sessionId, Long expectedVersion, Integer actualParticipants, String toolUsed) {
    }

    record Evaluate(SessionId sessionId, Long expectedVersion, Evaluation evaluation, MemberId actingFor) {
    }

    record Cancel(SessionId sessionId, Long expectedVersion, String reason) {
    }
}
