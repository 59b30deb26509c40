package fr.ploucs.cooperation.members.application.port.in;

import fr.ploucs.sharedkernel.MemberId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the other features of the pillar may know of a member: small read records, never the member aggregate (see
 * docs/extending-a-pillar.md, "When a feature needs another feature of its pillar").
 */
public interface MemberDirectoryQuery {

    Optional<MemberEntry> entryOf(MemberId id);

    /** Every structure ever registered, candidates and former members included, by name. */
    List<MemberEntry> everyMember();

    /** Today's members (active or returned), by name. */
    List<MemberEntry> currentMembers();

    /**
     * @param currentMember whether the structure is a member today (active or returned)
     * @param lastChangeOn  the date of its latest membership step (application, joining, departure, return)
     */
    record MemberEntry(MemberId id, String name, Contact representative, boolean currentMember,
                       LocalDate lastChangeOn) {
    }

    /** The person who speaks for the structure. */
    record Contact(String name, String email) {
    }
}
