package fr.ploucs.accompaniment.coaching.application.port.in;

public class CoachingChangedMeanwhile extends RuntimeException {

    public CoachingChangedMeanwhile(Object id) {
        super("session " + id + " changed meanwhile");
    }
}
