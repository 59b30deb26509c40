package fr.ploucs.accompaniment.coaching.adapter.in.event;

import fr.ploucs.accompaniment.coaching.application.port.in.CoachingUseCase;
import fr.ploucs.sharedkernel.events.MemberLeft;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A member that leaves the network leaves its projects without a coach: they are flagged for reassignment. */
@Component
class CoachingMemberLeftListener {

    private final CoachingUseCase coaching;

    CoachingMemberLeftListener(CoachingUseCase coaching) {
        this.coaching = coaching;
    }

    @ApplicationModuleListener(id = "accompaniment.coaching.member-left")
    void on(MemberLeft event) {
        coaching.memberLeft(event.memberId());
    }
}
