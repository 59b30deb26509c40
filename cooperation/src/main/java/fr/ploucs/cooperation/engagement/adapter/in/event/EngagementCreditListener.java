package fr.ploucs.cooperation.engagement.adapter.in.event;

import fr.ploucs.cooperation.engagement.application.port.in.RecordEngagementUseCase;
import fr.ploucs.cooperation.engagement.application.port.in.RecordEngagementUseCase.CreditHours;
import fr.ploucs.cooperation.shared.domain.EngagementSource;
import fr.ploucs.sharedkernel.events.AwarenessSessionDelivered;
import fr.ploucs.sharedkernel.events.CoachingSessionHeld;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Credits members the hours other pillars report; the ledger ignores what it has already credited. */
@Component
class EngagementCreditListener {

    private final RecordEngagementUseCase engagement;

    EngagementCreditListener(RecordEngagementUseCase engagement) {
        this.engagement = engagement;
    }

    @ApplicationModuleListener(id = "cooperation.engagement.coaching-session-held")
    void on(CoachingSessionHeld session) {
        engagement.credit(new CreditHours(session.memberId(), EngagementSource.COACHING_SESSION,
                session.sessionId().toString(), session.heldOn(), session.hours(), session.projectName()));
    }

    @ApplicationModuleListener(id = "cooperation.engagement.awareness-session-delivered")
    void on(AwarenessSessionDelivered session) {
        session.facilitations().forEach(facilitation -> engagement.credit(new CreditHours(facilitation.memberId(),
                EngagementSource.AWARENESS_SESSION, session.sessionId().toString(), session.deliveredOn(),
                facilitation.hours(), session.title())));
    }
}
