package fr.ploucs.cooperation.members.application.port.out;

import fr.ploucs.cooperation.members.domain.Member;
import fr.ploucs.cooperation.members.domain.MembershipStatus;
import fr.ploucs.cooperation.shared.domain.Siret;
import fr.ploucs.sharedkernel.MemberId;

import java.util.List;
import java.util.Optional;

public interface MemberRepository {

    Optional<Member> findById(MemberId id);

    /**
     * Stores the member and returns it as stored, with its new version: keep using the returned instance.
     *
     * @throws fr.ploucs.cooperation.members.domain.MemberChangedMeanwhile when someone stored it since it was read
     */
    Member save(Member member);

    List<Member> search(String nameContains, MembershipStatus status);

    boolean siretTakenByAnother(Siret siret, MemberId except);
}
