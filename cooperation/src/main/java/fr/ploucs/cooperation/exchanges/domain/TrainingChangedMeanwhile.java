package fr.ploucs.cooperation.exchanges.domain;

/**
 * Somebody saved the programme, the session or its attendance after the version this change was based on: saving
 * it would overwrite their work.
 */
public class TrainingChangedMeanwhile extends RuntimeException {

    public TrainingChangedMeanwhile(Object id) {
        super("training " + id + " was changed by someone else meanwhile");
    }
}
