package fr.ploucs.awareness.sessions.adapter.in.event;

import fr.ploucs.awareness.sessions.application.port.in.SessionsUseCase;
import fr.ploucs.sharedkernel.events.MemberLeft;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A member that leaves the network leaves its scheduled sessions short of a facilitator: they are flagged. */
@Component
class SessionsMemberLeftListener {

    private final SessionsUseCase sessions;

    SessionsMemberLeftListener(SessionsUseCase sessions) {
        this.sessions = sessions;
    }

    @ApplicationModuleListener(id = "awareness.sessions.member-left")
    void on(MemberLeft event) {
        sessions.memberLeft(event.memberId());
    }
}
