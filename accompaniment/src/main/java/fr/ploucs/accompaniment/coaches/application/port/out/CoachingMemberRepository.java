package fr.ploucs.accompaniment.coaches.application.port.out;

import fr.ploucs.accompaniment.coaches.domain.CoachingMember;
import fr.ploucs.sharedkernel.MemberId;

import java.util.List;
import java.util.Optional;

public interface CoachingMemberRepository {

    Optional<CoachingMember> findById(MemberId memberId);

    List<CoachingMember> findAll();

    /**
     * Stores the member, failing when it changed since it was read so that a concurrent delivery is retried
     * rather than lost.
     *
     * @return the member as stored, with its new version: keep using it rather than the argument
     */
    CoachingMember save(CoachingMember member);
}
