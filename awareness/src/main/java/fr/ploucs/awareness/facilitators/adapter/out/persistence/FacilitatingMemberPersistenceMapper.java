package fr.ploucs.awareness.facilitators.adapter.out.persistence;

import fr.ploucs.awareness.facilitators.domain.FacilitatingMember;
import fr.ploucs.sharedkernel.MemberId;
import org.mapstruct.Mapper;

import java.util.UUID;

@Mapper
interface FacilitatingMemberPersistenceMapper {

    FacilitatingMemberRow toRow(FacilitatingMember member);

    FacilitatingMember toDomain(FacilitatingMemberRow row);

    default UUID toUuid(MemberId memberId) {
        return memberId.value();
    }

    default MemberId toMemberId(UUID value) {
        return new MemberId(value);
    }
}
