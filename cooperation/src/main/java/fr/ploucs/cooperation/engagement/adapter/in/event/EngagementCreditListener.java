package fr.ploucs.cooperation.engagement.adapter.in.event;

import fr.ploucs.cooperation.engagement.application.port.in.RecordEngagementUseCase;
import fr.ploucs.cooperation.engagement.application.port.in.RecordEngagementUseCase.CoachingSessionState;
import fr.ploucs.cooperation.engagement.application.port.in.RecordEngagementUseCase.CreditHours;
import fr.ploucs.cooperation.shared.domain.EngagementSource;
import fr.ploucs.sharedkernel.events.AwarenessSessionDelivered;
import fr.ploucs.sharedkernel.events.CoachingSessionCorrected;
import fr.ploucs.sharedkernel.events.CoachingSessionHeld;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Credits members the hours other pillars report; the ledger ignores what it has already credited, and sets a
 * coaching session to its latest revision only (held is revision 0, each correction one more).
 */
@Component
class EngagementCreditListener {

    private final RecordEngagementUseCase engagement;

    EngagementCreditListener(RecordEngagementUseCase engagement) {
        this.engagement = engagement;
    }

    /** A held session is its revision 0: ignored when a correction of it has already been applied. */
    @ApplicationModuleListener(id = "cooperation.engagement.coaching-session-held")
    void on(CoachingSessionHeld session) {
        engagement.setCoachingSession(new CoachingSessionState(session.sessionId(), 0, session.memberId(),
                session.heldOn(), session.hours(), false, session.projectName()));
    }

    /** Sets the session's line and its grant charges to its new state, if this revision is newer. */
    @ApplicationModuleListener(id = "cooperation.engagement.coaching-session-corrected")
    void on(CoachingSessionCorrected correction) {
        engagement.setCoachingSession(new CoachingSessionState(correction.sessionId(), correction.revision(),
                correction.memberId(), correction.heldOn(), correction.hours(), correction.deleted(),
                correction.projectName()));
    }

    @ApplicationModuleListener(id = "cooperation.engagement.awareness-session-delivered")
    void on(AwarenessSessionDelivered session) {
        session.facilitations().forEach(facilitation -> engagement.credit(new CreditHours(facilitation.memberId(),
                EngagementSource.AWARENESS_SESSION, session.sessionId().toString(), session.deliveredOn(),
                facilitation.hours(), session.title())));
    }
}
