package fr.ploucs.awareness.facilitators.application.port.out;

import fr.ploucs.awareness.facilitators.domain.FacilitatingMember;
import fr.ploucs.sharedkernel.MemberId;

import java.util.List;
import java.util.Optional;

public interface FacilitatingMemberRepository {

    Optional<FacilitatingMember> findById(MemberId memberId);

    List<FacilitatingMember> findAll();

    /**
     * Stores the member, failing when it changed since it was read so that a concurrent delivery is retried
     * rather than lost.
     *
     * @return the member as stored, with its new version: keep using it rather than the argument
     */
    FacilitatingMember save(FacilitatingMember member);
}
