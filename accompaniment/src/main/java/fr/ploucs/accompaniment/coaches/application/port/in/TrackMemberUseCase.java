package fr.ploucs.accompaniment.coaches.application.port.in;

/**
 * Keeps accompaniment's view of the coaching members in step with the membership facts cooperation publishes.
 * Each fact may come late, twice, or at the same time as another about the same member: applying it again, or
 * after a newer one, changes nothing, and facts about one member are applied one after the other.
 */
public interface TrackMemberUseCase {

    void memberJoined(MemberJoinedCommand command);

    void memberLeft(MemberLeftCommand command);

    void memberRejoined(MemberRejoinedCommand command);

    /**
     * A new name or commune. Heard before the member's joining, it is kept until the joining arrives, and what the
     * joining says of the details is then older and does not replace it.
     */
    void memberDetailsChanged(MemberDetailsChangedCommand command);
}
