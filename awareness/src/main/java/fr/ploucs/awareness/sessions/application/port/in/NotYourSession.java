package fr.ploucs.awareness.sessions.application.port.in;

import fr.ploucs.sharedkernel.NotFound;

/**
 * A representative acted on a session their structure does not facilitate: refused as if it did not exist, so
 * nothing is said about it.
 */
public class NotYourSession extends NotFound {

    public NotYourSession(Object sessionId) {
        super("session facilitated by other members:", sessionId);
    }
}
