package fr.ploucs.cooperation.members.application;

import fr.ploucs.cooperation.members.application.port.in.MemberDirectoryQuery.MemberEntry;
import fr.ploucs.cooperation.members.domain.Member;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** For the other features' tests: what {@code MemberDirectoryQuery} answers for a member. */
public final class MemberEntries {

    private MemberEntries() {
    }

    public static MemberEntry entry(Member member) {
        return MemberDirectoryService.entry(member);
    }

    public static Optional<MemberEntry> entry(Optional<Member> member) {
        return member.map(MemberDirectoryService::entry);
    }

    public static List<MemberEntry> entries(Member... members) {
        return Arrays.stream(members).map(MemberDirectoryService::entry).toList();
    }

    public static List<MemberEntry> entries(List<Member> members) {
        return members.stream().map(MemberDirectoryService::entry).toList();
    }
}
