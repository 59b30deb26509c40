package fr.ploucs.accompaniment.followup.application.port.in;

import fr.ploucs.sharedkernel.NotFound;

/** The check-in asked for does not exist: the 404 page. */
public class CheckInNotFound extends NotFound {

    public CheckInNotFound(Object id) {
        super(id);
    }
}
