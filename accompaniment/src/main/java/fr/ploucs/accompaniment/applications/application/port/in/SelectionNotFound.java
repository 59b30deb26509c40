package fr.ploucs.accompaniment.applications.application.port.in;

import fr.ploucs.sharedkernel.NotFound;

/** The lead or application asked for does not exist: the 404 page. */
public class SelectionNotFound extends NotFound {

    public SelectionNotFound(Object id) {
        super(id);
    }
}
