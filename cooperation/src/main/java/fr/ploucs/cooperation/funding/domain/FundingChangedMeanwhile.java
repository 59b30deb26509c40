package fr.ploucs.cooperation.funding.domain;

/**
 * Somebody saved this funder, call, application or grant after the version a change was based on: saving it would
 * overwrite their work.
 */
public class FundingChangedMeanwhile extends RuntimeException {

    public FundingChangedMeanwhile(Object id) {
        super(id + " was changed by someone else meanwhile");
    }
}
