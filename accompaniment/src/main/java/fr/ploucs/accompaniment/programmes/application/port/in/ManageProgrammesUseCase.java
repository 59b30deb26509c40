package fr.ploucs.accompaniment.programmes.application.port.in;

import fr.ploucs.accompaniment.programmes.domain.CallForApplications;
import fr.ploucs.accompaniment.programmes.domain.CohortId;
import fr.ploucs.accompaniment.programmes.domain.ProgrammeId;

import java.time.LocalDate;
import java.util.List;

/** What coordinators do with programmes and their cohorts. Opening a call publishes {@code CohortOpened}. */
public interface ManageProgrammesUseCase {

    ProgrammeId create(CreateProgramme command);

    void describe(DescribeProgramme command);

    CohortId plan(PlanCohort command);

    void replan(ReplanCohort command);

    void defineCall(DefineCall command);

    void openCall(CohortId cohortId, Long expectedVersion);

    void closeCall(CohortId cohortId, Long expectedVersion);

    record CreateProgramme(String name, String description, List<String> milestones) {
    }

    record DescribeProgramme(ProgrammeId programmeId, Long expectedVersion, String name, String description,
                             List<String> milestones) {
    }

    record PlanCohort(ProgrammeId programmeId, String name, LocalDate startsOn, LocalDate endsOn, int capacity) {
    }

    record ReplanCohort(CohortId cohortId, Long expectedVersion, String name, LocalDate startsOn, LocalDate endsOn,
                        int capacity) {
    }

    record DefineCall(CohortId cohortId, Long expectedVersion, CallForApplications call) {
    }
}
