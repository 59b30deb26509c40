package fr.ploucs.accompaniment.coaches.application.port.in;

import fr.ploucs.sharedkernel.MemberId;

import java.util.List;
import java.util.Optional;

/** The structures of the network that can coach, and those that could until they left. */
public interface ListCoachingMembersUseCase {

    /** @return active members first, then former ones, each group by name in French alphabetical order */
    List<CoachingMemberSummary> list(ListCoachingMembersQuery query);

    /** The member, when it is active now: the structures a project can be assigned to. */
    Optional<CoachingMemberSummary> activeMember(MemberId memberId);
}
