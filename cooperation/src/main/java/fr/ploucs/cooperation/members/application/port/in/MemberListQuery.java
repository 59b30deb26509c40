package fr.ploucs.cooperation.members.application.port.in;

import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.MembershipStatus;
import fr.ploucs.sharedkernel.MemberId;

import java.util.List;

/**
 * Reads of the member registry for lists, counts and choices: each answered by one or two SQL queries returning small
 * records, never by loading member aggregates (those are loaded only to change them, through {@link FindMembersQuery}).
 */
public interface MemberListQuery {

    int DEFAULT_PAGE_SIZE = 25;

    /**
     * One page of the members whose name contains {@code nameContains} (any case; blank = all) with the status given
     * (null = any), by name.
     *
     * @param page from 0; a page past the last gives the last one (or the first, when nothing matches)
     */
    MemberListPage list(String nameContains, MembershipStatus status, int page, int size);

    /** How many members the network has today (active or returned). */
    long countCurrentMembers();

    /** Today's members (active or returned), by name. */
    List<MemberName> currentMemberNames();

    /** Every structure ever registered, candidates and former members included, by name. */
    List<MemberName> allMemberNames();

    record MemberListing(MemberId id, String name, LegalForm legalForm, String commune, String representativeName,
                         MembershipStatus status) {
    }

    record MemberName(MemberId id, String name) {
    }

    /** @param page from 0; @param total how many members match, over all pages */
    record MemberListPage(List<MemberListing> members, int page, int size, long total) {

        public int pageCount() {
            return total == 0 ? 1 : (int) ((total + size - 1) / size);
        }

        public boolean isEmpty() {
            return members.isEmpty();
        }
    }
}
