package fr.ploucs.cooperation.partners.application;

import fr.ploucs.cooperation.partners.application.port.in.FindPartnersQuery;
import fr.ploucs.cooperation.partners.application.port.in.ManagePartnersUseCase;
import fr.ploucs.cooperation.partners.application.port.in.PartnerNotFound;
import fr.ploucs.cooperation.partners.application.port.out.PartnerContactRepository;
import fr.ploucs.cooperation.partners.application.port.out.PartnerInteractionRepository;
import fr.ploucs.cooperation.partners.application.port.out.PartnerRepository;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery;
import fr.ploucs.sharedkernel.territory.Commune;
import fr.ploucs.sharedkernel.territory.Epci;
import fr.ploucs.cooperation.partners.domain.Partner;
import fr.ploucs.cooperation.partners.domain.PartnerChangedMeanwhile;
import fr.ploucs.cooperation.partners.domain.PartnerContact;
import fr.ploucs.cooperation.partners.domain.PartnerDetails;
import fr.ploucs.cooperation.partners.domain.PartnerId;
import fr.ploucs.cooperation.partners.domain.PartnerInteraction;
import fr.ploucs.cooperation.partners.domain.PartnerKind;
import fr.ploucs.cooperation.partners.domain.PartnerRuleViolation;
import fr.ploucs.sharedkernel.events.PartnerDetailsChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Partners and territory: the partners, their contacts and the log of exchanges. Codes of communes and EPCIs are
 * checked against the territory reference; a COMMUNE or EPCI partner without a name takes the reference's name.
 * A partner registered or whose details change is published whole ({@link PartnerDetailsChanged}), for the pillars
 * that keep a view of partners (awareness picks session requesters from it); contacts and the log stay here.
 */
@Service
@Transactional
class PartnerRelations implements ManagePartnersUseCase, FindPartnersQuery {

    private final PartnerRepository partners;
    private final PartnerContactRepository contacts;
    private final PartnerInteractionRepository interactions;
    private final FindTerritoryQuery territory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PartnerRelations(PartnerRepository partners, PartnerContactRepository contacts,
                     PartnerInteractionRepository interactions, FindTerritoryQuery territory,
                     ApplicationEventPublisher events, Clock clock) {
        this.partners = partners;
        this.contacts = contacts;
        this.interactions = interactions;
        this.territory = territory;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public PartnerId register(PartnerFields fields) {
        PartnerId id = PartnerId.newId();
        publishDetailsOf(partners.save(Partner.register(id, details(fields))));
        return id;
    }

    @Override
    public void update(PartnerId id, Long expectedVersion, PartnerFields fields) {
        Partner partner = load(id);
        if (partner.changedSince(expectedVersion)) {
            throw new PartnerChangedMeanwhile(id);
        }
        partner.update(details(fields));
        publishDetailsOf(partners.save(partner));
    }

    @Override
    public UUID addContact(AddContact command) {
        load(command.partnerId());
        return contacts.add(PartnerContact.add(command.partnerId(), tidy(command.name()), tidy(command.role()),
                tidy(command.email()), tidy(command.phone()))).id();
    }

    @Override
    public UUID logInteraction(LogInteraction command) {
        load(command.partnerId());
        return interactions.add(PartnerInteraction.log(command.partnerId(), command.date(), command.kind(),
                tidy(command.summary()), tidy(command.followUp()), command.author(), clock.instant(),
                LocalDate.now(clock))).id();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Partner> byId(PartnerId id) {
        return partners.findById(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Partner> search(String name, PartnerKind kind) {
        return partners.search(name == null ? "" : name, kind);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartnerContact> contacts(PartnerId id) {
        return contacts.contactsOf(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartnerInteraction> interactions(PartnerId id) {
        return interactions.logOf(id);
    }

    private PartnerDetails details(PartnerFields fields) {
        String communeCode = tidy(fields.communeCode());
        String epciCode = fields.kind() == PartnerKind.EPCI ? tidy(fields.epciCode()) : null;
        Optional<Commune> commune = Optional.empty();
        if (communeCode != null) {
            commune = territory.commune(communeCode);
            if (commune.isEmpty()) {
                throw new PartnerRuleViolation("commune", "territory.commune.unknown");
            }
        }
        Optional<Epci> epci = Optional.empty();
        if (epciCode != null) {
            epci = territory.epci(epciCode);
            if (epci.isEmpty()) {
                throw new PartnerRuleViolation("epci", "territory.epci.unknown");
            }
        }
        String name = tidy(fields.name());
        if (name == null && fields.kind() == PartnerKind.COMMUNE) {
            name = commune.map(Commune::name).orElse(null);
        }
        if (name == null && fields.kind() == PartnerKind.EPCI) {
            name = epci.map(Epci::name).orElse(null);
        }
        return new PartnerDetails(fields.kind(), name, communeCode, epciCode, tidy(fields.address()),
                tidy(fields.website()), tidy(fields.notes()));
    }

    /** The partner's whole details as saved, in the transaction that saves them. */
    private void publishDetailsOf(Partner partner) {
        PartnerDetails details = partner.getDetails();
        events.publishEvent(new PartnerDetailsChanged(UUID.randomUUID(), clock.instant(), partner.getId().value(),
                details.kind().name(), details.name(), details.communeCode(), details.epciCode()));
    }

    private Partner load(PartnerId id) {
        return partners.findById(id).orElseThrow(() -> new PartnerNotFound(id));
    }

    private static String tidy(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
