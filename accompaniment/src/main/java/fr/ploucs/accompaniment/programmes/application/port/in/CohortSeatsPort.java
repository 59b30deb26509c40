package fr.ploucs.accompaniment.programmes.application.port.in;

import fr.ploucs.accompaniment.programmes.domain.CohortId;

import java.util.List;

/**
 * For the applications feature: a cohort's seats. {@link #takeSeat} locks the cohort's row until the caller's
 * transaction ends, so of two admissions at the same moment the second counts the seats only once the first has
 * committed, and a cohort never admits beyond its capacity.
 */
public interface CohortSeatsPort {

    /**
     * Takes one seat in the caller's transaction.
     *
     * @throws ProgrammeNotFound when there is no such cohort
     * @throws CohortFull when every seat is taken
     */
    AdmittedTo takeSeat(CohortId cohortId);

    /** What an admitted project takes with it from its cohort. */
    record AdmittedTo(CohortId cohortId, String programmeName, String cohortName, int seatsTaken, int capacity,
                      List<String> milestoneTemplate) {
    }
}
