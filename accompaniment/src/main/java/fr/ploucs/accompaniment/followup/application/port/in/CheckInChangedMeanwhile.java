package fr.ploucs.accompaniment.followup.application.port.in;

import fr.ploucs.sharedkernel.ChangedMeanwhile;

/** Someone else recorded the check-in since the form was opened: nothing is overwritten. */
public class CheckInChangedMeanwhile extends ChangedMeanwhile {

    public CheckInChangedMeanwhile(Object id) {
        super(id, "followup.changed-meanwhile");
    }
}
