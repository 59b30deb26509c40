package fr.ploucs.cooperation.people.adapter.in.event;

import fr.ploucs.cooperation.people.application.port.in.TrackResponsibilitiesUseCase;
import fr.ploucs.cooperation.people.domain.HeldResponsibility;
import fr.ploucs.sharedkernel.events.ResponsibilityAssigned;
import fr.ploucs.sharedkernel.events.ResponsibilityEnded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps the list of what people hold in the pillars, for the handover when a representative leaves. */
@Component
class ResponsibilityListener {

    private final TrackResponsibilitiesUseCase responsibilities;

    ResponsibilityListener(TrackResponsibilitiesUseCase responsibilities) {
        this.responsibilities = responsibilities;
    }

    @ApplicationModuleListener(id = "cooperation.people.responsibility-assigned")
    void on(ResponsibilityAssigned assigned) {
        responsibilities.assigned(new HeldResponsibility(assigned.responsibilityId(), assigned.memberId(),
                assigned.personName(), assigned.personEmail(), assigned.pillar(), assigned.description(),
                assigned.since()));
    }

    @ApplicationModuleListener(id = "cooperation.people.responsibility-ended")
    void on(ResponsibilityEnded ended) {
        responsibilities.ended(ended.responsibilityId());
    }
}
