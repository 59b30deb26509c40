package fr.ploucs.accompaniment.projects.application.port.in;

import fr.ploucs.sharedkernel.ChangedMeanwhile;

/** Someone else saved it since the form was opened: nothing is overwritten, the form comes back with the notice. */
public class ProjectChangedMeanwhile extends ChangedMeanwhile {

    public ProjectChangedMeanwhile(Object id) {
        super(id, "project.changed-meanwhile");
    }
}
