package fr.ploucs.awareness.testimonies.adapter.in.event;

import fr.ploucs.awareness.testimonies.application.port.in.SpeakersUseCase;
import fr.ploucs.awareness.testimonies.application.port.in.SpeakersUseCase.Graduated;
import fr.ploucs.sharedkernel.events.ProjectGraduated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A project graduated from the incubator: its structure joins the pool of testimony speakers. */
@Component
class ProjectGraduatedListener {

    private final SpeakersUseCase speakers;

    ProjectGraduatedListener(SpeakersUseCase speakers) {
        this.speakers = speakers;
    }

    @ApplicationModuleListener(id = "awareness.testimonies.project-graduated")
    void on(ProjectGraduated event) {
        speakers.projectGraduated(new Graduated(event.projectId(), event.projectTitle(), event.graduated(),
                event.structureName(), event.legalForm(), event.jobs(), event.communeCode(), event.leftOn()));
    }
}
