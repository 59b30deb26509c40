package fr.ploucs.accompaniment.coaches.adapter.in.event;

import fr.ploucs.accompaniment.coaches.application.port.in.MemberDetailsChangedCommand;
import fr.ploucs.accompaniment.coaches.application.port.in.MemberJoinedCommand;
import fr.ploucs.accompaniment.coaches.application.port.in.MemberLeftCommand;
import fr.ploucs.accompaniment.coaches.application.port.in.MemberRejoinedCommand;
import fr.ploucs.accompaniment.coaches.application.port.in.TrackMemberUseCase;
import fr.ploucs.sharedkernel.events.MemberDetailsChanged;
import fr.ploucs.sharedkernel.events.MemberJoined;
import fr.ploucs.sharedkernel.events.MemberLeft;
import fr.ploucs.sharedkernel.events.MemberRejoined;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows cooperation's membership facts and members' details to keep the coaching members current. The ids are
 * stable because the event publication registry stores them: renaming one would orphan the publications still
 * pending for it.
 */
@Component
class CoachingMembershipListener {

    private final TrackMemberUseCase trackMember;

    CoachingMembershipListener(TrackMemberUseCase trackMember) {
        this.trackMember = trackMember;
    }

    @ApplicationModuleListener(id = "accompaniment.coaching-members.member-joined")
    void on(MemberJoined event) {
        trackMember.memberJoined(new MemberJoinedCommand(event.memberId(), event.memberName(), event.commune(),
                event.joinedOn(), event.occurredAt()));
    }

    @ApplicationModuleListener(id = "accompaniment.coaching-members.member-left")
    void on(MemberLeft event) {
        trackMember.memberLeft(new MemberLeftCommand(event.memberId(), event.memberName(), event.leftOn(),
                event.reason(), event.occurredAt()));
    }

    @ApplicationModuleListener(id = "accompaniment.coaching-members.member-rejoined")
    void on(MemberRejoined event) {
        trackMember.memberRejoined(new MemberRejoinedCommand(event.memberId(), event.memberName(), event.commune(),
                event.rejoinedOn(), event.occurredAt()));
    }

    @ApplicationModuleListener(id = "accompaniment.coaching-members.member-details-changed")
    void on(MemberDetailsChanged event) {
        trackMember.memberDetailsChanged(new MemberDetailsChangedCommand(event.memberId(), event.memberName(),
                event.commune(), event.occurredAt()));
    }
}
