package fr.ploucs.accompaniment.applications.application.port.in;

import fr.ploucs.accompaniment.applications.domain.Application;
import fr.ploucs.accompaniment.applications.domain.ApplicationId;
import fr.ploucs.accompaniment.applications.domain.Decision;
import fr.ploucs.accompaniment.applications.domain.Lead;
import fr.ploucs.accompaniment.applications.domain.LeadId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface FindApplicationsQuery {

    List<Lead> openLeads();

    Optional<Lead> lead(LeadId id);

    Optional<Application> application(ApplicationId id);

    /** A cohort's applications, best scored first among the pending ones. */
    List<ApplicationLine> applicationsOf(UUID cohortId);

    /** How many applications wait for the jury's decision, in every cohort: for the home panel. */
    int awaitingDecision();

    /** @param projectId the project followed since the admission, null unless admitted */
    record ApplicationLine(ApplicationId id, String projectTitle, String holders, LocalDate receivedOn,
                           Decision decision, int totalScore, int scoredCriteria, UUID projectId) {
    }
}
