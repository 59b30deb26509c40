package fr.ploucs.accompaniment.programmes.application.port.in;

/** Someone else saved the programme or cohort since the form was opened: nothing is overwritten. */
public class ProgrammeChangedMeanwhile extends RuntimeException {

    public ProgrammeChangedMeanwhile(Object id) {
        super("programme or cohort " + id + " changed meanwhile");
    }
}
