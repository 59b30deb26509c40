package fr.ploucs.sharedkernel;

import java.util.List;

/**
 * Read-only look-up of the network's member structures, answered by cooperation for the app (for instance to tie
 * a representative's account to a structure). Pillars never use it to reach one another: they listen to events.
 */
public interface MemberDirectory {

    /** Members currently in the network, by name. */
    List<MemberSummary> currentMembers();

    record MemberSummary(MemberId id, String name) {
    }
}
