package fr.ploucs.cooperation.members.application;

import fr.ploucs.cooperation.members.application.port.in.MemberDirectoryQuery;
import fr.ploucs.cooperation.members.application.port.out.MemberRepository;
import fr.ploucs.cooperation.members.domain.Member;
import fr.ploucs.cooperation.shared.application.port.in.CurrentRepresentatives;
import fr.ploucs.sharedkernel.MemberId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** The other features' view of the member registry (see {@link MemberDirectoryQuery}, {@link CurrentRepresentatives}). */
@Service
@Transactional(readOnly = true)
class MemberDirectoryService implements MemberDirectoryQuery, CurrentRepresentatives {

    private final MemberRepository members;

    MemberDirectoryService(MemberRepository members) {
        this.members = members;
    }

    @Override
    public Optional<MemberEntry> entryOf(MemberId id) {
        return members.findById(id).map(MemberDirectoryService::entry);
    }

    @Override
    public List<MemberEntry> everyMember() {
        return members.search("", null).stream().map(MemberDirectoryService::entry).toList();
    }

    @Override
    public List<MemberEntry> currentMembers() {
        return members.search("", null).stream().filter(Member::isCurrentMember).map(MemberDirectoryService::entry).toList();
    }

    @Override
    public Optional<String> representativeEmailOf(MemberId member) {
        return members.findById(member).map(found -> found.getDetails().representative().email());
    }

    static MemberEntry entry(Member member) {
        return new MemberEntry(member.getId(), member.getDetails().name(),
                new Contact(member.getDetails().representative().name(), member.getDetails().representative().email()),
                member.isCurrentMember(), member.lastChange().on());
    }
}
