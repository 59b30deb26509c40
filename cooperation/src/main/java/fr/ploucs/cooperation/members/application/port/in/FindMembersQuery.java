package fr.ploucs.cooperation.members.application.port.in;

import fr.ploucs.cooperation.members.domain.Member;
import fr.ploucs.cooperation.members.domain.MembershipStatus;
import fr.ploucs.sharedkernel.MemberId;

import java.util.List;
import java.util.Optional;

public interface FindMembersQuery {

    Optional<Member> byId(MemberId id);

    /** Members whose name contains {@code nameContains} (any case; blank = all), with the status given (null = any), by name. */
    List<Member> search(String nameContains, MembershipStatus status);

    /** Today's members (active or returned), by name. */
    List<Member> currentMembers();
}
