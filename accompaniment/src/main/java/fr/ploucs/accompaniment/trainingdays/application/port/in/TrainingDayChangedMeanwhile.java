package fr.ploucs.accompaniment.trainingdays.application.port.in;

import fr.ploucs.sharedkernel.ChangedMeanwhile;

/** Someone else recorded the day's attendance since the form was opened: nothing is overwritten. */
public class TrainingDayChangedMeanwhile extends ChangedMeanwhile {

    public TrainingDayChangedMeanwhile(Object id) {
        super(id, "training-day.changed-meanwhile");
    }
}
