package fr.ploucs.awareness.sessions.application.port.in;

import fr.ploucs.awareness.sessions.domain.SessionId;

import java.util.Optional;

/** The educational tool planned for a session when it is requested; the one used is named at delivery. */
public interface PlannedToolUseCase {

    /**
     * @param toolName a name of the catalogue, or {@code null} for none
     * @throws fr.ploucs.awareness.sessions.domain.SessionRuleViolation field {@code tool} for a name over 200 characters
     */
    void plan(SessionId sessionId, String toolName);

    Optional<String> plannedTool(SessionId sessionId);
}
