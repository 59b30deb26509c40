package fr.ploucs.awareness.sessions.application.port.in;

import fr.ploucs.sharedkernel.ChangedMeanwhile;

public class SessionChangedMeanwhile extends ChangedMeanwhile {

    public SessionChangedMeanwhile(Object id) {
        super(id, "awareness.session.changed-meanwhile");
    }
}
