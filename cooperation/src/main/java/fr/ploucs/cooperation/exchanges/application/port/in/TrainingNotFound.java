package fr.ploucs.cooperation.exchanges.application.port.in;

import fr.ploucs.sharedkernel.NotFound;

/** No training programme, session or registration with that id. */
public class TrainingNotFound extends NotFound {

    public TrainingNotFound(Object id) {
        super("no training programme, session or registration", id);
    }
}
