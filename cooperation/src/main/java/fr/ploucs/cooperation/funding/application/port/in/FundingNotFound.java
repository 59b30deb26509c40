package fr.ploucs.cooperation.funding.application.port.in;

import fr.ploucs.sharedkernel.NotFound;

/** No funder, call, application or grant with this id. */
public class FundingNotFound extends NotFound {

    public FundingNotFound(Object id) {
        super("nothing found with id", id);
    }
}
