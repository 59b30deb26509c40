package fr.ploucs.accompaniment.followup.adapter.in.event;

import fr.ploucs.accompaniment.followup.application.port.in.FollowUpUseCase;
import fr.ploucs.sharedkernel.events.ProjectGraduated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A project that leaves the incubator gets its check-ins at 6, 12 and 24 months, once. */
@Component
class ProjectLeftListener {

    private final FollowUpUseCase followUp;

    ProjectLeftListener(FollowUpUseCase followUp) {
        this.followUp = followUp;
    }

    @ApplicationModuleListener(id = "accompaniment.followup.project-graduated")
    void on(ProjectGraduated event) {
        followUp.projectLeft(event.projectId(), event.projectTitle(), event.leftOn());
    }
}
