package fr.ploucs.accompaniment.projects.application.port.in;

import fr.ploucs.accompaniment.projects.domain.Project;
import fr.ploucs.accompaniment.projects.domain.ProjectId;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads of the followed projects, for the pages and the other accompaniment features. */
public interface FindProjectsQuery {

    Optional<Project> project(ProjectId id);

    /** What other features need to know of a project, without its aggregate. */
    Optional<ProjectSummary> summary(ProjectId id);

    record ProjectSummary(ProjectId id, UUID cohortId, String title) {
    }

    /** The holders of a cohort's projects, by project then in their order: who is expected at a training day. */
    List<CohortHolder> holdersOf(UUID cohortId);

    List<UUID> projectIdsOf(UUID cohortId);

    record CohortHolder(UUID projectId, String projectTitle, String holderName) {

        public String key() {
            return projectId + ":" + holderName;
        }
    }
}
