package fr.ploucs.accompaniment.projects.adapter.out.persistence;

import fr.ploucs.accompaniment.projects.domain.Project;
import fr.ploucs.accompaniment.projects.domain.ProjectId;
import fr.ploucs.accompaniment.projects.domain.Stage;
import fr.ploucs.accompaniment.projects.domain.StageChange;
import org.mapstruct.Mapper;

import java.util.UUID;

@Mapper
interface ProjectPersistenceMapper {

    ProjectRow toRow(Project project);

    Project toDomain(ProjectRow row);

    default StageChangeRow toRow(StageChange change) {
        return new StageChangeRow(change.stage().name(), change.on());
    }

    default StageChange toDomain(StageChangeRow row) {
        return new StageChange(Stage.valueOf(row.stage()), row.changedOn());
    }

    default UUID id(ProjectId id) {
        return id == null ? null : id.value();
    }

    default ProjectId id(UUID id) {
        return id == null ? null : new ProjectId(id);
    }
}
