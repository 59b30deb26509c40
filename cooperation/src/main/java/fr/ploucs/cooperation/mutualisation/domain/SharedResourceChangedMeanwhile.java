package fr.ploucs.cooperation.mutualisation.domain;

/** Somebody saved the resource after the version this change was based on: saving it would overwrite their work. */
public class SharedResourceChangedMeanwhile extends RuntimeException {

    public SharedResourceChangedMeanwhile(SharedResourceId resource) {
        super("shared resource " + resource + " was changed by someone else meanwhile");
    }
}
