package fr.ploucs.security;

import fr.ploucs.security.audit.AuditLog;

import fr.ploucs.sharedkernel.events.MemberLeft;
import fr.ploucs.sharedkernel.events.RepresentativeChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Access follows membership: when a structure leaves the network, or hands over to a new representative, the
 * accounts of its representatives opened before that moment are deactivated and their open sessions end. The
 * successor's account, opened by a coordinator afterwards, is not touched. Each event is applied once.
 */
@Component
class MembershipAccess {

    private final UserAccountService accounts;

    MembershipAccess(UserAccountService accounts) {
        this.accounts = accounts;
    }

    @ApplicationModuleListener(id = "platform.security.member-left")
    void on(MemberLeft event) {
        accounts.endRepresentativeAccess(event.eventId(), event.memberId(), event.occurredAt(),
                AuditLog.Action.ACCESS_ENDED_MEMBER_LEFT);
    }

    @ApplicationModuleListener(id = "platform.security.representative-changed")
    void on(RepresentativeChanged event) {
        accounts.endRepresentativeAccess(event.eventId(), event.memberId(), event.occurredAt(),
                AuditLog.Action.ACCESS_ENDED_REPRESENTATIVE_CHANGED);
    }
}
