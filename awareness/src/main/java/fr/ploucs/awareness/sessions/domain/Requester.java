package fr.ploucs.awareness.sessions.domain;

import java.util.Objects;

/**
 * Who asks for a session: a school, a training centre, a local authority, a partner's event. Created here for now;
 * a later step adds the requesters picked from cooperation's partners (a view fed by partner events).
 *
 * @param contact how to reach them (a name, an e-mail or a phone number), may be {@code null}
 */
public record Requester(RequesterId id, String name, RequesterKind kind, String contact) {

    public static final int NAME_MAX = 200;

    public Requester {
        Objects.requireNonNull(id);
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new SessionRuleViolation("name", "awareness.requester.name.required");
        }
        if (trimmed.length() > NAME_MAX) {
            throw new SessionRuleViolation("name", "awareness.requester.name.too-long");
        }
        name = trimmed;
        if (kind == null) {
            throw new SessionRuleViolation("kind", "awareness.requester.kind.required");
        }
        contact = contact == null || contact.isBlank() ? null : contact.strip();
        if (contact != null && contact.length() > NAME_MAX) {
            throw new SessionRuleViolation("contact", "awareness.requester.contact.too-long");
        }
    }
}
