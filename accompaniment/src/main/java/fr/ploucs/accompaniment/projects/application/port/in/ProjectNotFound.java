package fr.ploucs.accompaniment.projects.application.port.in;

import fr.ploucs.sharedkernel.NotFound;

/** The project asked for does not exist: the 404 page. */
public class ProjectNotFound extends NotFound {

    public ProjectNotFound(Object id) {
        super(id);
    }
}
