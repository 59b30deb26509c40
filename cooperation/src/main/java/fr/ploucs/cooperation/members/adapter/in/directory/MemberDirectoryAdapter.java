package fr.ploucs.cooperation.members.adapter.in.directory;

import fr.ploucs.cooperation.members.application.port.in.FindMembersQuery;
import fr.ploucs.sharedkernel.MemberDirectory;
import org.springframework.stereotype.Component;

import java.util.List;

/** Answers the app's look-ups of current members (for instance to tie an account to a structure). */
@Component
class MemberDirectoryAdapter implements MemberDirectory {

    private final FindMembersQuery members;

    MemberDirectoryAdapter(FindMembersQuery members) {
        this.members = members;
    }

    @Override
    public List<MemberSummary> currentMembers() {
        return members.currentMembers().stream()
                .map(member -> new MemberSummary(member.getId(), member.getDetails().name()))
                .toList();
    }
}
