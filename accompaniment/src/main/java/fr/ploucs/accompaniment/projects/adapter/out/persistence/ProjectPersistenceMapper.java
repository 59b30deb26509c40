package fr.ploucs.accompaniment.projects.adapter.out.persistence;

import fr.ploucs.accompaniment.projects.domain.Outcome;
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

    default OutcomeRow toRow(Outcome outcome) {
        return outcome == null ? null : new OutcomeRow(outcome.leftOn(), outcome.graduated(), outcome.structureName(),
                outcome.legalForm(), outcome.jobs(), outcome.notes());
    }

    default Outcome toDomain(OutcomeRow row) {
        return row == null || row.leftOn() == null ? null : new Outcome(Boolean.TRUE.equals(row.graduated()),
                row.structureName(), row.legalForm(), row.jobs() == null ? 0 : row.jobs(), row.notes(), row.leftOn());
    }

    default UUID id(ProjectId id) {
        return id == null ? null : id.value();
    }

    default ProjectId id(UUID id) {
        return id == null ? null : new ProjectId(id);
    }
}
