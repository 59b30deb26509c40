package fr.ploucs.cooperation.funding.application.port.in;

/** No funder, call, application or grant with this id. */
public class FundingNotFound extends RuntimeException {

    public FundingNotFound(Object id) {
        super("nothing found with id " + id);
    }
}
