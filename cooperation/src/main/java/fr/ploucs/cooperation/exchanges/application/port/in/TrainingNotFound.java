package fr.ploucs.cooperation.exchanges.application.port.in;

/** No training programme, session or registration with that id. */
public class TrainingNotFound extends RuntimeException {

    public TrainingNotFound(Object id) {
        super("no training programme, session or registration " + id);
    }
}
