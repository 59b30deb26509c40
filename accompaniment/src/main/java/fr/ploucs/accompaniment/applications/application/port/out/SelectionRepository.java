package fr.ploucs.accompaniment.applications.application.port.out;

import fr.ploucs.accompaniment.applications.domain.Application;
import fr.ploucs.accompaniment.applications.domain.ApplicationId;
import fr.ploucs.accompaniment.applications.domain.Lead;
import fr.ploucs.accompaniment.applications.domain.LeadId;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface SelectionRepository {

    Lead save(Lead lead);

    /** Inserts a lead from an awareness idea unless one exists for that idea: true when inserted. */
    boolean insertIfNewIdea(Lead lead);

    Optional<Lead> findLead(LeadId id);

    List<Lead> openLeads();

    Application save(Application application);

    Optional<Application> findApplication(ApplicationId id);

    /** Reads the application under a row lock held until the transaction ends. */
    Optional<Application> lockApplication(ApplicationId id);

    List<StoredLine> applicationsOf(UUID cohortId);

    /** A cohort's application as the list reads it, its scores summed in SQL. */
    record StoredLine(ApplicationId id, String projectTitle, String holders, java.time.LocalDate receivedOn,
                      fr.ploucs.accompaniment.applications.domain.Decision decision, int totalScore,
                      int scoredCriteria, UUID projectId) {
    }

    int awaitingDecision();
}
