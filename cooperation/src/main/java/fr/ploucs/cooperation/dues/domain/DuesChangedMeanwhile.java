package fr.ploucs.cooperation.dues.domain;

import fr.ploucs.sharedkernel.ChangedMeanwhile;

/** Somebody saved the year's dues settings, or the payment, after the version a change was based on. */
public class DuesChangedMeanwhile extends ChangedMeanwhile {

    public DuesChangedMeanwhile(String what) {
        super(what, "dues.settings.changed-meanwhile");
    }
}
