package fr.ploucs.accompaniment.applications.application;

import fr.ploucs.accompaniment.applications.application.port.in.FindApplicationsQuery;
import fr.ploucs.accompaniment.applications.application.port.in.LeadsUseCase;
import fr.ploucs.accompaniment.applications.application.port.in.SelectionChangedMeanwhile;
import fr.ploucs.accompaniment.applications.application.port.in.SelectionNotFound;
import fr.ploucs.accompaniment.applications.application.port.in.SelectionUseCase;
import fr.ploucs.accompaniment.applications.application.port.out.SelectionRepository;
import fr.ploucs.accompaniment.applications.domain.Application;
import fr.ploucs.accompaniment.applications.domain.ApplicationId;
import fr.ploucs.accompaniment.applications.domain.Lead;
import fr.ploucs.accompaniment.applications.domain.LeadId;
import fr.ploucs.accompaniment.applications.domain.SelectionRuleViolation;
import fr.ploucs.accompaniment.programmes.application.port.in.CohortFull;
import fr.ploucs.accompaniment.programmes.application.port.in.CohortSeatsPort;
import fr.ploucs.accompaniment.programmes.application.port.in.CohortSeatsPort.AdmittedTo;
import fr.ploucs.accompaniment.programmes.application.port.in.FindProgrammesQuery;
import fr.ploucs.accompaniment.programmes.domain.CohortId;
import fr.ploucs.accompaniment.projects.application.port.in.StartProjectUseCase;
import fr.ploucs.accompaniment.projects.application.port.in.StartProjectUseCase.StartProject;
import fr.ploucs.sharedkernel.events.ProjectAdmitted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Leads, applications and the jury. Admission takes the application's row lock, then a seat in the cohort under the
 * cohort's row lock (programmes feature), then starts the project (projects feature), all in one transaction: two
 * coordinators admitting at the same moment are served one after the other, and the eleventh admission to a cohort
 * of ten is refused.
 */
@Service
@Transactional
class Selection implements LeadsUseCase, SelectionUseCase, FindApplicationsQuery {

    private final SelectionRepository repository;
    private final FindProgrammesQuery programmes;
    private final CohortSeatsPort seats;
    private final StartProjectUseCase projects;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Selection(SelectionRepository repository, FindProgrammesQuery programmes, CohortSeatsPort seats,
              StartProjectUseCase projects, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.programmes = programmes;
        this.seats = seats;
        this.projects = projects;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public LeadId record(RecordLead command) {
        return repository.save(Lead.byHand(LeadId.newId(), command.title(), command.description(),
                command.contactName(), command.contact(), command.communeCode(), today())).getId();
    }

    @Override
    public void ideaSurfaced(IdeaSurfaced command) {
        repository.insertIfNewIdea(Lead.fromSurfacedIdea(LeadId.newId(), command.ideaId(), command.title(),
                command.description(), command.origin(), command.authorName(), command.authorContact(),
                command.communeCode(), LocalDate.ofInstant(command.occurredAt(), clock.getZone())));
    }

    @Override
    public void dismiss(LeadId leadId, Long expectedVersion) {
        Lead lead = repository.findLead(leadId).orElseThrow(() -> new SelectionNotFound(leadId));
        if (lead.changedSince(expectedVersion)) {
            throw new SelectionChangedMeanwhile(leadId);
        }
        lead.dismiss();
        repository.save(lead);
    }

    @Override
    public ApplicationId apply(Apply command) {
        var cohort = programmes.cohortSummary(new CohortId(command.cohortId()))
                .orElseThrow(() -> new SelectionRuleViolation("cohortId", "application.cohort.unknown"));
        if (!cohort.receivesApplications()) {
            throw new SelectionRuleViolation("cohortId", "application.cohort.call-not-open");
        }
        if (command.leadId() != null) {
            Lead lead = repository.findLead(command.leadId()).orElseThrow(() -> new SelectionNotFound(command.leadId()));
            lead.applied();
            repository.save(lead);
        }
        return repository.save(Application.submit(ApplicationId.newId(), command.cohortId(), command.leadId(),
                command.projectTitle(), command.summary(), command.holders(), command.communeCode(), today())).getId();
    }

    @Override
    public void score(Score command) {
        Application application = lockCurrent(command.applicationId(), command.expectedVersion());
        application.score(criteriaOf(application), command.scores());
        repository.save(application);
    }

    @Override
    public UUID admit(Decide command) {
        Application application = lockCurrent(command.applicationId(), command.expectedVersion());
        List<String> criteria = criteriaOf(application);
        // What the application itself refuses is refused before a seat is taken for it.
        application.requireAdmissible(criteria, command.reasons());
        AdmittedTo cohort = takeSeat(application.getCohortId());
        UUID projectId = projects.start(new StartProject(application.getCohortId(), application.getId().value(),
                application.getProjectTitle(), application.getSummary(), Arrays.asList(application.getHolders().split("\\R")),
                application.getCommuneCode(), cohort.milestoneTemplate(), today())).value();
        application.admit(criteria, command.reasons(), today(), projectId);
        Application stored = repository.save(application);
        events.publishEvent(new ProjectAdmitted(UUID.randomUUID(), clock.instant(), projectId,
                stored.getCohortId(), stored.getProjectTitle(), cohort.cohortName(), cohort.programmeName(), today()));
        return projectId;
    }

    @Override
    public void decline(Decide command) {
        Application application = lockCurrent(command.applicationId(), command.expectedVersion());
        application.decline(command.reasons(), today());
        repository.save(application);
    }

    private AdmittedTo takeSeat(UUID cohortId) {
        try {
            return seats.takeSeat(new CohortId(cohortId));
        } catch (CohortFull full) {
            throw new SelectionRuleViolation(null, "application.cohort.full");
        }
    }

    private List<String> criteriaOf(Application application) {
        return programmes.cohortSummary(new CohortId(application.getCohortId()))
                .map(FindProgrammesQuery.CohortSummary::criteria)
                .orElseThrow(() -> new SelectionNotFound(application.getCohortId()));
    }

    private Application lockCurrent(ApplicationId id, Long expectedVersion) {
        Application application = repository.lockApplication(id).orElseThrow(() -> new SelectionNotFound(id));
        if (application.changedSince(expectedVersion)) {
            throw new SelectionChangedMeanwhile(id);
        }
        return application;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Lead> openLeads() {
        return repository.openLeads();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Lead> lead(LeadId id) {
        return repository.findLead(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Application> application(ApplicationId id) {
        return repository.findApplication(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApplicationLine> applicationsOf(UUID cohortId) {
        return repository.applicationsOf(cohortId).stream()
                .map(line -> new ApplicationLine(line.id(), line.projectTitle(), line.holders(), line.receivedOn(),
                        line.decision(), line.totalScore(), line.scoredCriteria(), line.projectId()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public int awaitingDecision() {
        return repository.awaitingDecision();
    }
}
