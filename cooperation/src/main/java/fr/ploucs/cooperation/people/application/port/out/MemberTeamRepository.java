package fr.ploucs.cooperation.people.application.port.out;

import fr.ploucs.cooperation.people.domain.MemberTeam;
import fr.ploucs.sharedkernel.MemberId;

import java.util.Optional;

public interface MemberTeamRepository {

    Optional<MemberTeam> findByMember(MemberId memberId);

    /** @throws fr.ploucs.cooperation.people.domain.MemberTeamChangedMeanwhile when someone stored it since it was read */
    MemberTeam save(MemberTeam team);
}
