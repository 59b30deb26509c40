package fr.ploucs.accompaniment.coaches.application.port.in;

import java.util.List;

/** The structures of the network that can coach, and those that could until they left. */
public interface ListCoachingMembersUseCase {

    /** @return active members first, then former ones, each group by name in French alphabetical order */
    List<CoachingMemberSummary> list(ListCoachingMembersQuery query);
}
