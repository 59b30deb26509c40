package fr.ploucs.awareness.shell.application.port.in;

/** What needs a coordinator's attention in awareness, counted in PostgreSQL for the home page. */
public interface AwarenessFollowUpQuery {

    FollowUp followUp();

    /**
     * @param requestsToSchedule    session requests not scheduled yet
     * @param sessionsToEvaluate    sessions delivered and not evaluated yet
     * @param missingAuthorisations cooperants of a CJS edition not over yet whose parental authorisation is missing
     *                              or expired today
     */
    record FollowUp(long requestsToSchedule, long sessionsToEvaluate, long missingAuthorisations) {
    }
}
