package fr.ploucs.accompaniment.coaching.application.port.in;

/** A representative acted on a project their structure does not coach: refused, and nothing is said about it. */
public class NotYourProject extends RuntimeException {

    public NotYourProject(Object projectId) {
        super("project " + projectId + " is coached by another member");
    }
}
