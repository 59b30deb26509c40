package fr.ploucs.accompaniment.applications.application.port.in;

/** Someone else saved the lead or application since the form was opened: nothing is overwritten. */
public class SelectionChangedMeanwhile extends RuntimeException {

    public SelectionChangedMeanwhile(Object id) {
        super("lead or application " + id + " changed meanwhile");
    }
}
