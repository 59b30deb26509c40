package fr.ploucs.awareness.sessions.application.port.in;

import fr.ploucs.awareness.partners.domain.PartnerId;
import fr.ploucs.awareness.sessions.domain.RequesterId;

/** Requesters picked from awareness's view of cooperation's partners. */
public interface PartnerRequestersUseCase {

    /**
     * The requester standing for the partner: created the first time, its name and kind brought up to date with the
     * partners view afterwards.
     *
     * @throws fr.ploucs.awareness.sessions.domain.SessionRuleViolation field {@code requesterId} for an unknown partner
     */
    RequesterId requesterFor(PartnerId partnerId);
}
