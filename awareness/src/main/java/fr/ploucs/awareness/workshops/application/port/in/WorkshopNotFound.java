package fr.ploucs.awareness.workshops.application.port.in;

import fr.ploucs.sharedkernel.NotFound;

public class WorkshopNotFound extends NotFound {

    public WorkshopNotFound(Object id) {
        super("no workshop or idea", id);
    }
}
