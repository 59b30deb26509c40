package fr.ploucs.sharedkernel;

/**
 * What a request names does not exist (or no longer does): a member, a grant, a booking. The web answers with the
 * 404 page. Each pillar's own "not found" ({@code MemberNotFound}, {@code FundingNotFound}...) extends this one.
 */
public class NotFound extends RuntimeException {

    public NotFound(Object id) {
        super("nothing found with id " + id);
    }

    protected NotFound(String message, Object id) {
        super(message + " " + id);
    }
}
