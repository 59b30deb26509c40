package fr.ploucs.accompaniment.projects.application.port.in;

import fr.ploucs.accompaniment.projects.domain.ProjectId;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** For the applications feature: an admitted application becomes a followed project, in the caller's transaction. */
public interface StartProjectUseCase {

    ProjectId start(StartProject command);

    record StartProject(UUID cohortId, UUID applicationId, String title, String summary, List<String> holderNames,
                        String communeCode, List<String> milestoneTemplate, LocalDate admittedOn) {
    }
}
