package fr.ploucs.accompaniment.applications.application.port.in;

/** The lead or application asked for does not exist. */
public class SelectionNotFound extends RuntimeException {

    public SelectionNotFound(Object id) {
        super("no lead or application " + id);
    }
}
