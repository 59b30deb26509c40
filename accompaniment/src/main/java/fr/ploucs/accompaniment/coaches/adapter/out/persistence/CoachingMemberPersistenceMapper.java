package fr.ploucs.accompaniment.coaches.adapter.out.persistence;

import fr.ploucs.accompaniment.coaches.domain.CoachingMember;
import fr.ploucs.sharedkernel.MemberId;
import org.mapstruct.Mapper;

import java.util.UUID;

@Mapper
interface CoachingMemberPersistenceMapper {

    CoachingMemberRow toRow(CoachingMember member);

    CoachingMember toDomain(CoachingMemberRow row);

    default UUID toUuid(MemberId memberId) {
        return memberId.value();
    }

    default MemberId toMemberId(UUID value) {
        return new MemberId(value);
    }
}
