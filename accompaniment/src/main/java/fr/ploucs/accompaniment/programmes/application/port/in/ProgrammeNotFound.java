package fr.ploucs.accompaniment.programmes.application.port.in;

import fr.ploucs.sharedkernel.NotFound;

/** The programme or cohort asked for does not exist (a stale link, an id typed in the address bar): the 404 page. */
public class ProgrammeNotFound extends NotFound {

    public ProgrammeNotFound(Object id) {
        super(id);
    }
}
