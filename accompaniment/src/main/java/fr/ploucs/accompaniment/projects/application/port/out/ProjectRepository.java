package fr.ploucs.accompaniment.projects.application.port.out;

import fr.ploucs.accompaniment.projects.domain.Project;
import fr.ploucs.accompaniment.projects.domain.ProjectId;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ProjectRepository {

    Project save(Project project);

    Optional<Project> findById(ProjectId id);

    List<StoredHolder> holdersOf(UUID cohortId);

    record StoredHolder(UUID projectId, String projectTitle, String holderName) {
    }

    List<UUID> projectIdsOf(UUID cohortId);
}
