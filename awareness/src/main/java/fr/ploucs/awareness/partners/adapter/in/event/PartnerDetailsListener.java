package fr.ploucs.awareness.partners.adapter.in.event;

import fr.ploucs.awareness.partners.application.port.in.TrackPartnersUseCase;
import fr.ploucs.awareness.partners.application.port.in.TrackPartnersUseCase.PartnerDetails;
import fr.ploucs.sharedkernel.events.PartnerDetailsChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Cooperation registered a partner or changed it: the view keeps the newest description. */
@Component
class PartnerDetailsListener {

    private final TrackPartnersUseCase partners;

    PartnerDetailsListener(TrackPartnersUseCase partners) {
        this.partners = partners;
    }

    @ApplicationModuleListener(id = "awareness.partners.partner-details-changed")
    void on(PartnerDetailsChanged event) {
        partners.detailsChanged(new PartnerDetails(event.partnerId(), event.kind(), event.name(), event.communeCode(),
                event.epciCode(), event.occurredAt()));
    }
}
