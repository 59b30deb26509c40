package fr.ploucs.awareness.sessions.application.port.in;

import fr.ploucs.sharedkernel.NotFound;

public class SessionNotFound extends NotFound {

    public SessionNotFound(Object id) {
        super("no awareness session or requester", id);
    }
}
