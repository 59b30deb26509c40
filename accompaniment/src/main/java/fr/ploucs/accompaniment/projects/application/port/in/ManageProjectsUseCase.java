package fr.ploucs.accompaniment.projects.application.port.in;

import fr.ploucs.accompaniment.projects.domain.Holder;
import fr.ploucs.accompaniment.projects.domain.Outcome;
import fr.ploucs.accompaniment.projects.domain.ProjectId;
import fr.ploucs.accompaniment.projects.domain.Stage;

import java.time.LocalDate;
import java.util.List;

/** What coordinators record on a followed project. Leaving the incubator publishes {@code ProjectGraduated}. */
public interface ManageProjectsUseCase {

    void moveTo(ProjectId projectId, Long expectedVersion, Stage stage, LocalDate on);

    /** @param reachedOn null unticks the milestone */
    void markMilestone(ProjectId projectId, Long expectedVersion, String milestone, LocalDate reachedOn);

    /** Changes what the project is; the holders keep their order. */
    void change(ProjectId projectId, Long expectedVersion, ProjectDetails details);

    record ProjectDetails(String title, String summary, String organisation, String communeCode,
                          List<Holder> holders) {
    }

    void leave(ProjectId projectId, Long expectedVersion, Outcome outcome);
}
