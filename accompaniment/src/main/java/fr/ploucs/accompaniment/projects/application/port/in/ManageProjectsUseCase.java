package fr.ploucs.accompaniment.projects.application.port.in;

import fr.ploucs.accompaniment.projects.domain.Outcome;
import fr.ploucs.accompaniment.projects.domain.ProjectId;
import fr.ploucs.accompaniment.projects.domain.Stage;

import java.time.LocalDate;

/** What coordinators record on a followed project. Leaving the incubator publishes {@code ProjectGraduated}. */
public interface ManageProjectsUseCase {

    void moveTo(ProjectId projectId, Long expectedVersion, Stage stage, LocalDate on);

    /** @param reachedOn null unticks the milestone */
    void markMilestone(ProjectId projectId, Long expectedVersion, String milestone, LocalDate reachedOn);

    void leave(ProjectId projectId, Long expectedVersion, Outcome outcome);
}
