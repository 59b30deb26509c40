package fr.ploucs.cooperation.partners.adapter.out.persistence;

import fr.ploucs.cooperation.partners.domain.Partner;
import fr.ploucs.cooperation.partners.domain.PartnerContact;
import fr.ploucs.cooperation.partners.domain.PartnerDetails;
import fr.ploucs.cooperation.partners.domain.PartnerId;
import fr.ploucs.cooperation.partners.domain.PartnerInteraction;
import fr.ploucs.sharedkernel.territory.TerritoryText;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.UUID;

@Mapper(imports = TerritoryText.class)
interface PartnerPersistenceMapper {

    @Mapping(target = "kind", source = "details.kind")
    @Mapping(target = "name", source = "details.name")
    @Mapping(target = "searchName", expression = "java(TerritoryText.normalize(partner.getDetails().name()))")
    @Mapping(target = "communeCode", source = "details.communeCode")
    @Mapping(target = "epciCode", source = "details.epciCode")
    @Mapping(target = "address", source = "details.address")
    @Mapping(target = "website", source = "details.website")
    @Mapping(target = "notes", source = "details.notes")
    PartnerRow toRow(Partner partner);

    @Mapping(target = "details", source = ".")
    Partner toDomain(PartnerRow row);

    PartnerDetails toDetails(PartnerRow row);

    PartnerContactRow toRow(PartnerContact contact);

    PartnerContact toDomain(PartnerContactRow row);

    PartnerInteractionRow toRow(PartnerInteraction interaction);

    PartnerInteraction toDomain(PartnerInteractionRow row);

    default UUID toUuid(PartnerId id) {
        return id == null ? null : id.value();
    }

    default PartnerId toPartnerId(UUID id) {
        return id == null ? null : new PartnerId(id);
    }
}
