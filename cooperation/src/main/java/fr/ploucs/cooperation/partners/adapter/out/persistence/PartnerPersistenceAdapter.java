package fr.ploucs.cooperation.partners.adapter.out.persistence;

import fr.ploucs.cooperation.partners.application.port.out.PartnerContactRepository;
import fr.ploucs.cooperation.partners.application.port.out.PartnerInteractionRepository;
import fr.ploucs.cooperation.partners.application.port.out.PartnerRepository;
import fr.ploucs.cooperation.partners.domain.Partner;
import fr.ploucs.cooperation.partners.domain.PartnerChangedMeanwhile;
import fr.ploucs.cooperation.partners.domain.PartnerContact;
import fr.ploucs.cooperation.partners.domain.PartnerId;
import fr.ploucs.cooperation.partners.domain.PartnerInteraction;
import fr.ploucs.cooperation.partners.domain.PartnerKind;
import fr.ploucs.sharedkernel.territory.TerritoryText;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Partners, their contacts and their log in the cooperation schema. */
@Component
class PartnerPersistenceAdapter implements PartnerRepository, PartnerContactRepository, PartnerInteractionRepository {

    private final PartnerRowRepository partners;
    private final PartnerContactRowRepository contacts;
    private final PartnerInteractionRowRepository interactions;
    private final PartnerPersistenceMapper mapper;

    PartnerPersistenceAdapter(PartnerRowRepository partners, PartnerContactRowRepository contacts,
                              PartnerInteractionRowRepository interactions, PartnerPersistenceMapper mapper) {
        this.partners = partners;
        this.contacts = contacts;
        this.interactions = interactions;
        this.mapper = mapper;
    }

    @Override
    public Optional<Partner> findById(PartnerId id) {
        return partners.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public Partner save(Partner partner) {
        try {
            return mapper.toDomain(partners.save(mapper.toRow(partner)));
        } catch (OptimisticLockingFailureException e) {
            throw new PartnerChangedMeanwhile(partner.getId());
        }
    }

    @Override
    public List<Partner> search(String name, PartnerKind kind) {
        return partners.search(TerritoryText.normalize(name), kind == null ? "" : kind.name()).stream()
                .map(mapper::toDomain).toList();
    }

    @Override
    public PartnerContact add(PartnerContact contact) {
        return mapper.toDomain(contacts.save(mapper.toRow(contact)));
    }

    @Override
    public List<PartnerContact> contactsOf(PartnerId partner) {
        return contacts.ofPartner(partner.value()).stream().map(mapper::toDomain).toList();
    }

    @Override
    public PartnerInteraction add(PartnerInteraction interaction) {
        return mapper.toDomain(interactions.save(mapper.toRow(interaction)));
    }

    @Override
    public List<PartnerInteraction> logOf(PartnerId partner) {
        return interactions.ofPartner(partner.value()).stream().map(mapper::toDomain).toList();
    }
}
