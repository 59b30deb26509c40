package fr.ploucs.cooperation.members.adapter.in.directory;

import fr.ploucs.cooperation.members.application.port.in.MemberListQuery;
import fr.ploucs.sharedkernel.MemberDirectory;
import org.springframework.stereotype.Component;

import java.util.List;

/** Answers the app's look-ups of current members (for instance to tie an account to a structure), from one query. */
@Component
class MemberDirectoryAdapter implements MemberDirectory {

    private final MemberListQuery members;

    MemberDirectoryAdapter(MemberListQuery members) {
        this.members = members;
    }

    @Override
    public List<MemberSummary> currentMembers() {
        return members.currentMemberNames().stream()
                .map(member -> new MemberSummary(member.id(), member.name()))
                .toList();
    }
}
