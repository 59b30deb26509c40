package fr.ploucs.accompaniment.programmes.application.port.in;

/** The programme or cohort asked for does not exist (a stale link, an id typed in the address bar). */
public class ProgrammeNotFound extends RuntimeException {

    public ProgrammeNotFound(Object id) {
        super("no programme or cohort " + id);
    }
}
