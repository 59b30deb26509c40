package fr.ploucs.accompaniment.programmes.application;

import fr.ploucs.accompaniment.programmes.application.port.in.CohortFull;
import fr.ploucs.accompaniment.programmes.application.port.in.CohortSeatsPort;
import fr.ploucs.accompaniment.programmes.application.port.in.FindProgrammesQuery;
import fr.ploucs.accompaniment.programmes.application.port.in.ManageProgrammesUseCase;
import fr.ploucs.accompaniment.programmes.application.port.in.ProgrammeChangedMeanwhile;
import fr.ploucs.accompaniment.programmes.application.port.in.ProgrammeNotFound;
import fr.ploucs.accompaniment.programmes.application.port.out.ProgrammeRepository;
import fr.ploucs.accompaniment.programmes.domain.Cohort;
import fr.ploucs.accompaniment.programmes.domain.CohortId;
import fr.ploucs.accompaniment.programmes.domain.Programme;
import fr.ploucs.accompaniment.programmes.domain.ProgrammeId;
import fr.ploucs.sharedkernel.events.CohortOpened;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Programmes, their cohorts and calls for applications; the cohorts' seats, taken under a row lock. */
@Service
@Transactional
class Programmes implements ManageProgrammesUseCase, FindProgrammesQuery, CohortSeatsPort {

    private final ProgrammeRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Programmes(ProgrammeRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public ProgrammeId create(CreateProgramme command) {
        return repository.save(Programme.create(ProgrammeId.newId(), command.name(), command.description(),
                command.milestones())).getId();
    }

    @Override
    public void describe(DescribeProgramme command) {
        Programme programme = requireProgramme(command.programmeId());
        if (programme.changedSince(command.expectedVersion())) {
            throw new ProgrammeChangedMeanwhile(command.programmeId());
        }
        programme.describe(command.name(), command.description(), command.milestones());
        repository.save(programme);
    }

    @Override
    public CohortId plan(PlanCohort command) {
        requireProgramme(command.programmeId());
        return repository.save(Cohort.plan(CohortId.newId(), command.programmeId(), command.name(),
                command.startsOn(), command.endsOn(), command.capacity())).getId();
    }

    @Override
    public void replan(ReplanCohort command) {
        Cohort cohort = lockCurrent(command.cohortId(), command.expectedVersion());
        cohort.replan(command.name(), command.startsOn(), command.endsOn(), command.capacity());
        repository.save(cohort);
    }

    @Override
    public void defineCall(DefineCall command) {
        Cohort cohort = lockCurrent(command.cohortId(), command.expectedVersion());
        cohort.defineCall(command.call());
        repository.save(cohort);
    }

    @Override
    public void openCall(CohortId cohortId, Long expectedVersion) {
        Cohort cohort = lockCurrent(cohortId, expectedVersion);
        cohort.openCall();
        Cohort stored = repository.save(cohort);
        Programme programme = requireProgramme(stored.getProgrammeId());
        events.publishEvent(new CohortOpened(UUID.randomUUID(), clock.instant(), stored.getId().value(),
                programme.getName(), stored.getName(), stored.getCall().opensOn(), stored.getCall().closesOn(),
                stored.getCapacity()));
    }

    @Override
    public void closeCall(CohortId cohortId, Long expectedVersion) {
        Cohort cohort = lockCurrent(cohortId, expectedVersion);
        cohort.closeCall();
        repository.save(cohort);
    }

    @Override
    public AdmittedTo takeSeat(CohortId cohortId) {
        Cohort cohort = repository.lockCohort(cohortId).orElseThrow(() -> new ProgrammeNotFound(cohortId));
        if (cohort.seatsLeft() == 0) {
            throw new CohortFull(cohortId);
        }
        cohort.admitOne();
        Cohort stored = repository.save(cohort);
        Programme programme = requireProgramme(stored.getProgrammeId());
        return new AdmittedTo(stored.getId(), programme.getName(), stored.getName(), stored.getAdmitted(),
                stored.getCapacity(), programme.getMilestoneTemplate());
    }

    private Cohort lockCurrent(CohortId id, Long expectedVersion) {
        Cohort cohort = repository.lockCohort(id).orElseThrow(() -> new ProgrammeNotFound(id));
        if (cohort.changedSince(expectedVersion)) {
            throw new ProgrammeChangedMeanwhile(id);
        }
        return cohort;
    }

    private Programme requireProgramme(ProgrammeId id) {
        return repository.findProgramme(id).orElseThrow(() -> new ProgrammeNotFound(id));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Programme> programmes() {
        return repository.programmes();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Programme> programme(ProgrammeId id) {
        return repository.findProgramme(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Cohort> cohort(CohortId id) {
        return repository.findCohort(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Cohort> cohortsOf(ProgrammeId programmeId) {
        return repository.cohortsOf(programmeId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CohortSummary> cohortSummary(CohortId id) {
        return repository.findCohort(id).map(cohort -> new CohortSummary(cohort.getId(),
                repository.findProgramme(cohort.getProgrammeId()).map(Programme::getName).orElse(""),
                cohort.getName(), cohort.getStartsOn(), cohort.getEndsOn(), cohort.getCapacity(),
                cohort.getAdmitted(), cohort.receivesApplications(),
                cohort.getCall() == null ? List.of() : cohort.getCall().criteria()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<CohortChoice> cohortChoices() {
        return repository.cohortChoices().stream()
                .map(choice -> new CohortChoice(choice.cohortId(), choice.programmeName(), choice.cohortName(),
                        choice.receivesApplications()))
                .toList();
    }
}
