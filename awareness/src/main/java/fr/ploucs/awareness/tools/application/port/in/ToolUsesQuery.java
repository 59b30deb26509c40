package fr.ploucs.awareness.tools.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The sessions each tool was used in: the delivered and evaluated sessions that name it (by its name, whatever the
 * case), read in SQL from the sessions' table as the reach indicators do, never written.
 */
public interface ToolUsesQuery {

    /** The catalogue's tool names, alphabetically: what a delivered session picks its tool from. */
    List<String> toolNames();

    /** The latest first. */
    List<ToolUse> sessionsUsing(String toolName);

    /** @param sessionId the session's id, to link to its page */
    record ToolUse(UUID sessionId, String title, LocalDate date, int participants) {
    }
}
