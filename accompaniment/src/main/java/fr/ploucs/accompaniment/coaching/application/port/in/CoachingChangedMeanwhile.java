package fr.ploucs.accompaniment.coaching.application.port.in;

import fr.ploucs.sharedkernel.ChangedMeanwhile;

/** Someone else saved it since the form was opened: nothing is overwritten, the form comes back with the notice. */
public class CoachingChangedMeanwhile extends ChangedMeanwhile {

    public CoachingChangedMeanwhile(Object id) {
        super(id, "coaching.changed-meanwhile");
    }
}
