package fr.ploucs.cooperation.funding.domain;

import fr.ploucs.sharedkernel.ChangedMeanwhile;

/**
 * Somebody saved this funder, call, application or grant after the version a change was based on: saving it would
 * overwrite their work.
 */
public class FundingChangedMeanwhile extends ChangedMeanwhile {

    public FundingChangedMeanwhile(Object id) {
        super(id, "funding.changed-meanwhile");
    }
}
