package fr.ploucs.accompaniment.projects.application;

import fr.ploucs.accompaniment.projects.application.port.in.FindProjectsQuery;
import fr.ploucs.accompaniment.projects.application.port.in.ManageProjectsUseCase;
import fr.ploucs.accompaniment.projects.application.port.in.ProjectChangedMeanwhile;
import fr.ploucs.accompaniment.projects.application.port.in.ProjectNotFound;
import fr.ploucs.accompaniment.projects.application.port.in.StartProjectUseCase;
import fr.ploucs.accompaniment.projects.application.port.out.ProjectRepository;
import fr.ploucs.accompaniment.projects.domain.Outcome;
import fr.ploucs.accompaniment.projects.domain.Project;
import fr.ploucs.accompaniment.projects.domain.ProjectId;
import fr.ploucs.accompaniment.projects.domain.Stage;
import fr.ploucs.sharedkernel.events.ProjectGraduated;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The projects the incubator follows, from their admission until they leave it. */
@Service
@Transactional
class ProjectFollowUp implements StartProjectUseCase, ManageProjectsUseCase, FindProjectsQuery {

    private final ProjectRepository projects;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProjectFollowUp(ProjectRepository projects, ApplicationEventPublisher events, Clock clock) {
        this.projects = projects;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public ProjectId start(StartProject command) {
        return projects.save(Project.admitted(ProjectId.newId(), command.cohortId(), command.applicationId(),
                command.title(), command.summary(), command.holderNames(), command.communeCode(),
                command.milestoneTemplate(), command.admittedOn())).getId();
    }

    @Override
    public void moveTo(ProjectId projectId, Long expectedVersion, Stage stage, LocalDate on) {
        Project project = current(projectId, expectedVersion);
        project.moveTo(stage, on, LocalDate.now(clock));
        projects.save(project);
    }

    @Override
    public void markMilestone(ProjectId projectId, Long expectedVersion, String milestone, LocalDate reachedOn) {
        Project project = current(projectId, expectedVersion);
        project.mark(milestone, reachedOn, LocalDate.now(clock));
        projects.save(project);
    }

    @Override
    public void change(ProjectId projectId, Long expectedVersion, ProjectDetails details) {
        Project project = current(projectId, expectedVersion);
        project.change(details.title(), details.summary(), details.organisation(), details.communeCode(),
                details.holders());
        projects.save(project);
    }

    @Override
    public void leave(ProjectId projectId, Long expectedVersion, Outcome outcome) {
        Project project = current(projectId, expectedVersion);
        project.leave(outcome, LocalDate.now(clock));
        Project stored = projects.save(project);
        events.publishEvent(new ProjectGraduated(UUID.randomUUID(), clock.instant(), stored.getId().value(),
                stored.getTitle(), outcome.graduated(), outcome.structureName(), outcome.legalForm(), outcome.jobs(),
                stored.getCommuneCode(), outcome.leftOn()));
    }

    private Project current(ProjectId id, Long expectedVersion) {
        Project project = projects.findById(id).orElseThrow(() -> new ProjectNotFound(id));
        if (project.changedSince(expectedVersion)) {
            throw new ProjectChangedMeanwhile(id);
        }
        return project;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Project> project(ProjectId id) {
        return projects.findById(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProjectSummary> summary(ProjectId id) {
        return projects.findById(id).map(project -> new ProjectSummary(project.getId(), project.getCohortId(),
                project.getTitle()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<CohortHolder> holdersOf(UUID cohortId) {
        return projects.holdersOf(cohortId).stream()
                .map(holder -> new CohortHolder(holder.projectId(), holder.projectTitle(), holder.holderName()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> projectIdsOf(UUID cohortId) {
        return projects.projectIdsOf(cohortId);
    }
}
