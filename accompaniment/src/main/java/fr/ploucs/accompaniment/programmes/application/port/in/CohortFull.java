package fr.ploucs.accompaniment.programmes.application.port.in;

/** Every seat of the cohort is taken: the admission that asked for one is refused. */
public class CohortFull extends RuntimeException {

    public CohortFull(Object cohortId) {
        super("cohort " + cohortId + " is full");
    }
}
