package fr.ploucs.cooperation.exchanges.domain;

import fr.ploucs.sharedkernel.ChangedMeanwhile;

/**
 * Somebody saved the programme, the session or its attendance after the version this change was based on: saving
 * it would overwrite their work.
 */
public class TrainingChangedMeanwhile extends ChangedMeanwhile {

    public TrainingChangedMeanwhile(Object id) {
        super(id, "training.changed-meanwhile");
    }
}
