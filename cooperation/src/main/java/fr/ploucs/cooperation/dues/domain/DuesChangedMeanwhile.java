package fr.ploucs.cooperation.dues.domain;

/** Somebody saved the year's dues settings, or the payment, after the version a change was based on. */
public class DuesChangedMeanwhile extends RuntimeException {

    public DuesChangedMeanwhile(String what) {
        super(what + " was changed by someone else meanwhile");
    }
}
