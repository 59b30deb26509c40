package fr.ploucs.accompaniment.coaching.application.port.in;

import fr.ploucs.sharedkernel.NotFound;

/** The project, assignment or session asked for does not exist: the 404 page. */
public class CoachingNotFound extends NotFound {

    public CoachingNotFound(Object id) {
        super(id);
    }
}
