package fr.ploucs.accompaniment.applications.adapter.in.event;

import fr.ploucs.accompaniment.applications.application.port.in.LeadsUseCase;
import fr.ploucs.accompaniment.applications.application.port.in.LeadsUseCase.IdeaSurfaced;
import fr.ploucs.sharedkernel.events.ProjectIdeaSurfaced;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** An idea awareness surfaced, whose author agreed to be contacted, becomes a lead for the next call. */
@Component
class SurfacedIdeaListener {

    private final LeadsUseCase leads;

    SurfacedIdeaListener(LeadsUseCase leads) {
        this.leads = leads;
    }

    @ApplicationModuleListener(id = "accompaniment.leads.project-idea-surfaced")
    void on(ProjectIdeaSurfaced event) {
        leads.ideaSurfaced(new IdeaSurfaced(event.ideaId(), event.title(), event.description(), event.origin(),
                event.authorName(), event.authorContact(), event.communeCode(), event.occurredAt()));
    }
}
