package fr.ploucs.accompaniment.coaching.application.port.in;

public class CoachingNotFound extends RuntimeException {

    public CoachingNotFound(Object id) {
        super("no project, assignment or session " + id);
    }
}
