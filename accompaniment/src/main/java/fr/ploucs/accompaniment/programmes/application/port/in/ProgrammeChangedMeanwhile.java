package fr.ploucs.accompaniment.programmes.application.port.in;

import fr.ploucs.sharedkernel.ChangedMeanwhile;

/** Someone else saved it since the form was opened: nothing is overwritten, the form comes back with the notice. */
public class ProgrammeChangedMeanwhile extends ChangedMeanwhile {

    public ProgrammeChangedMeanwhile(Object id) {
        super(id, "programme.changed-meanwhile");
    }
}
