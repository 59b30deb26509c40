package fr.ploucs.accompaniment.applications.application.port.in;

import fr.ploucs.sharedkernel.ChangedMeanwhile;

/** Someone else saved it since the form was opened: nothing is overwritten, the form comes back with the notice. */
public class SelectionChangedMeanwhile extends ChangedMeanwhile {

    public SelectionChangedMeanwhile(Object id) {
        super(id, "application.changed-meanwhile");
    }
}
