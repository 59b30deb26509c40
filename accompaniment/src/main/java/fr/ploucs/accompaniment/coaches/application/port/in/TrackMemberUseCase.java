package fr.ploucs.accompaniment.coaches.application.port.in;

/**
 * Keeps accompaniment's view of the coaching members in step with the membership facts cooperation publishes.
 * Each fact may come late or twice: applying it again, or after a newer one, changes nothing.
 */
public interface TrackMemberUseCase {

    void memberJoined(MemberJoinedCommand command);

    void memberLeft(MemberLeftCommand command);

    void memberRejoined(MemberRejoinedCommand command);
}
