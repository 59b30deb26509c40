package fr.ploucs.cooperation.people.adapter.out.persistence;

import fr.ploucs.cooperation.people.domain.MemberTeam;
import fr.ploucs.sharedkernel.MemberId;
import org.mapstruct.Mapper;

import java.util.UUID;

@Mapper
interface MemberTeamPersistenceMapper {

    MemberTeamRow toRow(MemberTeam team);

    MemberTeam toDomain(MemberTeamRow row);

    default UUID toUuid(MemberId id) {
        return id == null ? null : id.value();
    }

    default MemberId toMemberId(UUID id) {
        return id == null ? null : new MemberId(id);
    }
}
