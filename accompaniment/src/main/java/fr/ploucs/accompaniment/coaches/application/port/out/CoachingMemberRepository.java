package fr.ploucs.accompaniment.coaches.application.port.out;

import fr.ploucs.accompaniment.coaches.domain.CoachingMember;
import fr.ploucs.sharedkernel.MemberId;

import java.util.List;
import java.util.Optional;

public interface CoachingMemberRepository {

    /**
     * Holds the member's lock until the transaction ends, whether the member is stored yet or not: two facts about
     * one member delivered at the same time are then applied one after the other, the second reading what the first
     * stored, instead of one of them failing on the version or on the key and leaving its publication incomplete.
     */
    void lock(MemberId memberId);

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
