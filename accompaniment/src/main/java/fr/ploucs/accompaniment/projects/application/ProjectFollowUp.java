package fr.ploucs.accompaniment.projects.application;

import fr.ploucs.accompaniment.projects.application.port.in.FindProjectsQuery;
import fr.ploucs.accompaniment.projects.application.port.in.StartProjectUseCase;
import fr.ploucs.accompaniment.projects.application.port.out.ProjectRepository;
import fr.ploucs.accompaniment.projects.domain.Project;
import fr.ploucs.accompaniment.projects.domain.ProjectId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** The projects the incubator follows, from their admission on. */
@Service
@Transactional
class ProjectFollowUp implements StartProjectUseCase, FindProjectsQuery {

    private final ProjectRepository projects;

    ProjectFollowUp(ProjectRepository projects) {
        this.projects = projects;
    }

    @Override
    public ProjectId start(StartProject command) {
        return projects.save(Project.admitted(ProjectId.newId(), command.cohortId(), command.applicationId(),
                command.title(), command.summary(), command.holderNames(), command.communeCode(),
                command.milestoneTemplate(), command.admittedOn())).getId();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Project> project(ProjectId id) {
        return projects.findById(id);
    }
}
