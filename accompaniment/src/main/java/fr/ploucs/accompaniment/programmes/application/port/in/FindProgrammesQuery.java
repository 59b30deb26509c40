package fr.ploucs.accompaniment.programmes.application.port.in;

import fr.ploucs.accompaniment.programmes.domain.Cohort;
import fr.ploucs.accompaniment.programmes.domain.CohortId;
import fr.ploucs.accompaniment.programmes.domain.Programme;
import fr.ploucs.accompaniment.programmes.domain.ProgrammeId;

import java.util.List;
import java.util.Optional;

/** Reads of programmes and cohorts, for the pages and for the other accompaniment features. */
public interface FindProgrammesQuery {

    List<Programme> programmes();

    Optional<Programme> programme(ProgrammeId id);

    Optional<Cohort> cohort(CohortId id);

    List<Cohort> cohortsOf(ProgrammeId programmeId);

    /** Every cohort with the name of its programme, newest first: what a lead can apply to. */
    List<CohortChoice> cohortChoices();

    /** What other features need to know of a cohort, without its aggregate. */
    Optional<CohortSummary> cohortSummary(CohortId id);

    /**
     * @param criteria the call's criteria, empty until a call is defined
     */
    record CohortSummary(CohortId id, String programmeName, String name, java.time.LocalDate startsOn,
                         java.time.LocalDate endsOn, int capacity, int admitted, boolean receivesApplications,
                         List<String> criteria) {
    }

    record CohortChoice(CohortId cohortId, String programmeName, String cohortName, boolean receivesApplications) {
    }
}
