package fr.ploucs.cooperation.engagement.application.port.in;

import fr.ploucs.cooperation.engagement.domain.YearContribution;
import fr.ploucs.sharedkernel.MemberId;

import java.time.LocalDate;
import java.util.List;

public interface EngagementQuery {

    YearContribution contributionOf(MemberId member, int year);

    /** Active members with no hours for the network since the configured number of months, longest asleep first. */
    List<DormantMember> membersToReengage();

    /** How many members {@link #membersToReengage()} would list, counted in SQL. */
    long countMembersToReengage();

    /** @param lastActivity null when the member has never been credited any hours */
    record DormantMember(MemberId memberId, String name, String representativeName, String representativeEmail,
                         LocalDate lastActivity) {
    }
}
