package fr.ploucs.awareness.facilitators.adapter.in.event;

import fr.ploucs.awareness.facilitators.application.port.in.MemberDetailsChangedCommand;
import fr.ploucs.awareness.facilitators.application.port.in.MemberJoinedCommand;
import fr.ploucs.awareness.facilitators.application.port.in.MemberLeftCommand;
import fr.ploucs.awareness.facilitators.application.port.in.MemberRejoinedCommand;
import fr.ploucs.awareness.facilitators.application.port.in.TrackMemberUseCase;
import fr.ploucs.sharedkernel.events.MemberDetailsChanged;
import fr.ploucs.sharedkernel.events.MemberJoined;
import fr.ploucs.sharedkernel.events.MemberLeft;
import fr.ploucs.sharedkernel.events.MemberRejoined;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows cooperation's membership facts and members' details to keep the facilitating members current. The ids are
 * stable because the event publication registry stores them: renaming one would orphan the publications still
 * pending for it.
 */
@Component
class FacilitatingMembershipListener {

    private final TrackMemberUseCase trackMember;

    FacilitatingMembershipListener(TrackMemberUseCase trackMember) {
        this.trackMember = trackMember;
    }

    @ApplicationModuleListener(id = "awareness.facilitating-members.member-joined")
    void on(MemberJoined event) {
        trackMember.memberJoined(new MemberJoinedCommand(event.memberId(), event.memberName(), event.commune(),
                event.joinedOn(), event.occurredAt()));
    }

    @ApplicationModuleListener(id = "awareness.facilitating-members.member-left")
    void on(MemberLeft event) {
        trackMember.memberLeft(new MemberLeftCommand(event.memberId(), event.memberName(), event.leftOn(),
                event.reason(), event.occurredAt()));
    }

    @ApplicationModuleListener(id = "awareness.facilitating-members.member-rejoined")
    void on(MemberRejoined event) {
        trackMember.memberRejoined(new MemberRejoinedCommand(event.memberId(), event.memberName(), event.commune(),
                event.rejoinedOn(), event.occurredAt()));
    }

    @ApplicationModuleListener(id = "awareness.facilitating-members.member-details-changed")
    void on(MemberDetailsChanged event) {
        trackMember.memberDetailsChanged(new MemberDetailsChangedCommand(event.memberId(), event.memberName(),
                event.commune(), event.occurredAt()));
    }
}
