package fr.ploucs.accompaniment.applications.application.port.out;

import fr.ploucs.accompaniment.applications.application.port.in.FindApplicationsQuery.ApplicationLine;
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

    List<ApplicationLine> applicationsOf(UUID cohortId);

    int awaitingDecision();
}
