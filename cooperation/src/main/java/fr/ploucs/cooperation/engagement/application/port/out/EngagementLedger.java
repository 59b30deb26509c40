package fr.ploucs.cooperation.engagement.application.port.out;

import fr.ploucs.cooperation.engagement.domain.EngagementEntry;
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

    List<EngagementEntry> entriesOf(MemberId member, LocalDate from, LocalDate to);

    Map<MemberId, LocalDate> lastActivityByMember();

    /**
     * How many current members (active or returned) were last credited hours before {@code quietSince}, or, never
     * credited any, had their last membership change before it.
     */
    long countDormantSince(LocalDate quietSince);
}
