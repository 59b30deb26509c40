package fr.ploucs.accompaniment.trainingdays.application.port.in;

import fr.ploucs.sharedkernel.NotFound;

/** The training day asked for does not exist (or not in that cohort): the 404 page. */
public class TrainingDayNotFound extends NotFound {

    public TrainingDayNotFound(Object id) {
        super(id);
    }
}
