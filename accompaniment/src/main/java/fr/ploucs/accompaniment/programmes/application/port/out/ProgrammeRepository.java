package fr.ploucs.accompaniment.programmes.application.port.out;

import fr.ploucs.accompaniment.programmes.domain.Cohort;
import fr.ploucs.accompaniment.programmes.domain.CohortId;
import fr.ploucs.accompaniment.programmes.domain.Programme;
import fr.ploucs.accompaniment.programmes.domain.ProgrammeId;

import java.util.List;
import java.util.Optional;

public interface ProgrammeRepository {

    Programme save(Programme programme);

    Optional<Programme> findProgramme(ProgrammeId id);

    List<Programme> programmes();

    Cohort save(Cohort cohort);

    Optional<Cohort> findCohort(CohortId id);

    /** Reads the cohort under a row lock held until the transaction ends. */
    Optional<Cohort> lockCohort(CohortId id);

    List<Cohort> cohortsOf(ProgrammeId programmeId);

    List<StoredChoice> cohortChoices();

    record StoredChoice(CohortId cohortId, String programmeName, String cohortName, boolean receivesApplications) {
    }
}
