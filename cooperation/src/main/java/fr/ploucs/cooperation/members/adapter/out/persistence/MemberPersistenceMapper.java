package fr.ploucs.cooperation.members.adapter.out.persistence;

import fr.ploucs.cooperation.members.domain.Member;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.members.domain.MembershipChange;
import fr.ploucs.cooperation.shared.domain.Siret;
import fr.ploucs.sharedkernel.MemberId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.UUID;

@Mapper
public interface MemberPersistenceMapper {

    @Mapping(target = "id", source = "id")
    @Mapping(target = "name", source = "details.name")
    @Mapping(target = "legalForm", source = "details.legalForm")
    @Mapping(target = "siret", source = "details.siret")
    @Mapping(target = "commune", source = "details.commune")
    @Mapping(target = "representative", source = "details.representative")
    MemberRow toRow(Member member);

    @Mapping(target = "details", source = ".")
    Member toDomain(MemberRow row);

    MemberDetails toDetails(MemberRow row);

    @Mapping(target = "changedOn", source = "on")
    MembershipChangeRow toRow(MembershipChange change);

    @Mapping(target = "on", source = "changedOn")
    MembershipChange toDomain(MembershipChangeRow row);

    default UUID toUuid(MemberId id) {
        return id == null ? null : id.value();
    }

    default MemberId toMemberId(UUID id) {
        return id == null ? null : new MemberId(id);
    }

    default String toText(Siret siret) {
        return siret == null ? null : siret.value();
    }

    default Siret toSiret(String siret) {
        return siret == null ? null : new Siret(siret.strip());
    }
}
