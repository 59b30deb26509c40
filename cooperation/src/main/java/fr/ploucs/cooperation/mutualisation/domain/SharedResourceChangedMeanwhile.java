package fr.ploucs.cooperation.mutualisation.domain;

import fr.ploucs.sharedkernel.ChangedMeanwhile;

/** Somebody saved the resource after the version this change was based on: saving it would overwrite their work. */
public class SharedResourceChangedMeanwhile extends ChangedMeanwhile {

    public SharedResourceChangedMeanwhile(SharedResourceId resource) {
        super(resource, "resource.changed-meanwhile");
    }
}
