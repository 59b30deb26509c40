package fr.ploucs.awareness.facilitators.application.port.in;

import java.util.List;

/** The structures of the network that can facilitate awareness sessions, and those that could until they left. */
public interface ListFacilitatingMembersUseCase {

    /** @return active members first, then former ones, each group by name in French alphabetical order */
    List<FacilitatingMemberSummary> list(ListFacilitatingMembersQuery query);
}
