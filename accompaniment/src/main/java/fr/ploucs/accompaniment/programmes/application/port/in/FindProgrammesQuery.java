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

    record CohortChoice(CohortId cohortId, String programmeName, String cohortName, boolean receivesApplications) {
    }
}
