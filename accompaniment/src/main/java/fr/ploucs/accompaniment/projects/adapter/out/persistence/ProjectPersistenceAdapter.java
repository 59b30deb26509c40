package fr.ploucs.accompaniment.projects.adapter.out.persistence;

import fr.ploucs.accompaniment.projects.application.port.out.ProjectRepository;
import fr.ploucs.accompaniment.projects.domain.Project;
import fr.ploucs.accompaniment.projects.domain.ProjectId;
import org.springframework.stereotype.Component;

import java.util.Optional;

@Component
class ProjectPersistenceAdapter implements ProjectRepository {

    private final ProjectRowRepository rows;
    private final ProjectPersistenceMapper mapper;

    ProjectPersistenceAdapter(ProjectRowRepository rows, ProjectPersistenceMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public Project save(Project project) {
        return mapper.toDomain(rows.save(mapper.toRow(project)));
    }

    @Override
    public Optional<Project> findById(ProjectId id) {
        return rows.findById(id.value()).map(mapper::toDomain);
    }
}
