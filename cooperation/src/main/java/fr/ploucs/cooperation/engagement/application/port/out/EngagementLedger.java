package fr.ploucs.cooperation.engagement.application.port.out;

import fr.ploucs.cooperation.engagement.domain.CoachingSessionRevision;
import fr.ploucs.cooperation.engagement.domain.EngagementEntry;
import fr.ploucs.cooperation.shared.domain.EngagementSource;
import fr.ploucs.sharedkernel.MemberId;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

public interface EngagementLedger {

    /**
     * Adds the line unless the ledger already holds one for the same source, reference and member; decided by the
     * database, so two deliveries of one event at the same moment still add a single line.
     *
     * @return whether the line was added
     */
    boolean addUnlessPresent(EngagementEntry entry);

    /**
     * Keeps {@code state} as the session's applied revision unless one as high or higher is kept already; decided by
     * the database in one statement, so of two deliveries of one revision at the same moment only one is applied.
     *
     * @return whether {@code state} is now the applied revision
     */
    boolean keepIfNewer(CoachingSessionRevision state);

    /** The lines credited from one source's reference, whatever the member. */
    List<EngagementEntry> entriesFrom(EngagementSource source, String sourceReference);

    void remove(EngagementEntry entry);

    List<EngagementEntry> entriesOf(MemberId member, LocalDate from, LocalDate to);

    Map<MemberId, LocalDate> lastActivityByMember();

    /**
     * How many current members (active or returned) were last credited hours before {@code quietSince}, or, never
     * credited any, had their last membership change before it.
     */
    long countDormantSince(LocalDate quietSince);
}
