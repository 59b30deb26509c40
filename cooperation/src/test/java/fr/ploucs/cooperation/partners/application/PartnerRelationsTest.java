package fr.ploucs.cooperation.partners.application;

import fr.ploucs.cooperation.partners.application.port.in.ManagePartnersUseCase.AddContact;
import fr.ploucs.cooperation.partners.application.port.in.ManagePartnersUseCase.LogInteraction;
import fr.ploucs.cooperation.partners.application.port.in.ManagePartnersUseCase.PartnerFields;
import fr.ploucs.cooperation.partners.application.port.in.PartnerNotFound;
import fr.ploucs.cooperation.partners.application.port.out.PartnerContactRepository;
import fr.ploucs.cooperation.partners.application.port.out.PartnerInteractionRepository;
import fr.ploucs.cooperation.partners.application.port.out.PartnerRepository;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery;
import fr.ploucs.sharedkernel.territory.Commune;
import fr.ploucs.sharedkernel.territory.Epci;
import fr.ploucs.cooperation.partners.domain.InteractionKind;
import fr.ploucs.cooperation.partners.domain.Partner;
import fr.ploucs.cooperation.partners.domain.PartnerChangedMeanwhile;
import fr.ploucs.cooperation.partners.domain.PartnerContact;
import fr.ploucs.cooperation.partners.domain.PartnerDetails;
import fr.ploucs.cooperation.partners.domain.PartnerId;
import fr.ploucs.cooperation.partners.domain.PartnerInteraction;
import fr.ploucs.cooperation.partners.domain.PartnerKind;
import fr.ploucs.cooperation.partners.domain.PartnerRuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;
import fr.ploucs.sharedkernel.events.PartnerDetailsChanged;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class PartnerRelationsTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final Commune MORCENX = new Commune("40197", "Morcenx-la-Nouvelle", List.of("40110"), "40",
            "244000691", 5022);
    private static final Epci PAYS_MORCENAIS = new Epci("244000691", "CC du Pays Morcenais", "CC");

    @Mock
    private PartnerRepository partners;
    @Mock
    private PartnerContactRepository contacts;
    @Mock
    private PartnerInteractionRepository interactions;
    @Mock
    private FindTerritoryQuery territory;
    @Mock
    private ApplicationEventPublisher events;

    private PartnerRelations relations;

    @BeforeEach
    void setUp() {
        relations = new PartnerRelations(partners, contacts, interactions, territory, events,
                Clock.fixed(NOW, ZoneId.of("Europe/Paris")));
        lenient().when(territory.commune("40197")).thenReturn(Optional.of(MORCENX));
        lenient().when(territory.epci("244000691")).thenReturn(Optional.of(PAYS_MORCENAIS));
        lenient().when(partners.save(any())).thenAnswer(call -> call.getArgument(0));
    }

    @Test
    void a_commune_partner_without_a_name_takes_the_name_of_its_commune() {
        relations.register(new PartnerFields(PartnerKind.COMMUNE, " ", "40197", "244000691", "Place de la mairie",
                "https://www.morcenx-la-nouvelle.fr", null));

        Partner saved = saved();
        assertThat(saved.getDetails().name()).isEqualTo("Morcenx-la-Nouvelle");
        assertThat(saved.getDetails().communeCode()).isEqualTo("40197");
        assertThat(saved.getDetails().epciCode()).as("only an EPCI partner keeps an EPCI").isNull();
        assertThat(saved.getVersion()).isNull();
    }

    @Test
    void an_epci_partner_without_a_name_takes_the_name_of_its_epci_and_a_given_name_is_kept() {
        relations.register(new PartnerFields(PartnerKind.EPCI, null, null, "244000691", null, null, null));
        assertThat(saved().getDetails().name()).isEqualTo("CC du Pays Morcenais");

        relations.register(new PartnerFields(PartnerKind.COMMUNE, "Mairie de Morcenx", "40197", null, null, null, null));
        assertThat(saved().getDetails().name()).isEqualTo("Mairie de Morcenx");
    }

    @Test
    void codes_the_reference_does_not_know_are_refused_and_nothing_is_stored() {
        when(territory.commune("99999")).thenReturn(Optional.empty());

        assertThatExceptionOfType(PartnerRuleViolation.class)
                .isThrownBy(() -> relations.register(new PartnerFields(PartnerKind.COMMUNE, null, "99999", null,
                        null, null, null)))
                .satisfies(e -> assertThat(e.field()).contains("commune"))
                .satisfies(e -> assertThat(e.reason()).isEqualTo("territory.commune.unknown"));
        verify(partners, never()).save(any());
        verify(events, never()).publishEvent(any(Object.class));
    }

    @Test
    void a_registered_partner_is_published_whole_at_the_clocks_time() {
        PartnerId id = relations.register(new PartnerFields(PartnerKind.EPCI, null, "40197", "244000691", null, null,
                null));

        ArgumentCaptor<PartnerDetailsChanged> published = ArgumentCaptor.forClass(PartnerDetailsChanged.class);
        verify(events).publishEvent(published.capture());
        assertThat(published.getValue().partnerId()).isEqualTo(id.value());
        assertThat(published.getValue().kind()).isEqualTo("EPCI");
        assertThat(published.getValue().name()).isEqualTo("CC du Pays Morcenais");
        assertThat(published.getValue().communeCode()).isEqualTo("40197");
        assertThat(published.getValue().epciCode()).isEqualTo("244000691");
        assertThat(published.getValue().occurredAt()).isEqualTo(NOW);
    }

    @Test
    void a_stale_change_is_refused() {
        PartnerId id = PartnerId.newId();
        when(partners.findById(id)).thenReturn(Optional.of(new Partner(id, new PartnerDetails(PartnerKind.REGION,
                "Région Nouvelle-Aquitaine", null, null, null, null, null), 4L)));

        assertThatExceptionOfType(PartnerChangedMeanwhile.class).isThrownBy(() -> relations.update(id, 3L,
                new PartnerFields(PartnerKind.REGION, "Région", null, null, null, null, null)));
        verify(partners, never()).save(any());
        verify(events, never()).publishEvent(any(Object.class));

        relations.update(id, 4L, new PartnerFields(PartnerKind.REGION, "Région Nouvelle-Aquitaine (Mont-de-Marsan)",
                null, null, null, null, null));
        assertThat(saved().getDetails().name()).isEqualTo("Région Nouvelle-Aquitaine (Mont-de-Marsan)");
        ArgumentCaptor<PartnerDetailsChanged> published = ArgumentCaptor.forClass(PartnerDetailsChanged.class);
        verify(events).publishEvent(published.capture());
        assertThat(published.getValue().name()).isEqualTo("Région Nouvelle-Aquitaine (Mont-de-Marsan)");
        assertThat(published.getValue().kind()).isEqualTo("REGION");
    }

    @Test
    void a_logged_exchange_carries_its_author_and_when_it_was_written() {
        PartnerId id = PartnerId.newId();
        when(partners.findById(id)).thenReturn(Optional.of(new Partner(id, new PartnerDetails(PartnerKind.COMMUNE,
                "Morcenx-la-Nouvelle", "40197", null, null, null, null), 0L)));
        when(interactions.add(any())).thenAnswer(call -> call.getArgument(0));

        relations.logInteraction(new LogInteraction(id, LocalDate.of(2026, 11, 20), InteractionKind.MEETING,
                "  Point sur la CJS 2027  ", " ", "camille"));

        ArgumentCaptor<PartnerInteraction> logged = ArgumentCaptor.forClass(PartnerInteraction.class);
        verify(interactions).add(logged.capture());
        assertThat(logged.getValue().author()).isEqualTo("camille");
        assertThat(logged.getValue().summary()).isEqualTo("Point sur la CJS 2027");
        assertThat(logged.getValue().followUp()).isNull();
        assertThat(logged.getValue().recordedAt()).isEqualTo(NOW);
    }

    @Test
    void contacts_and_exchanges_need_an_existing_partner() {
        PartnerId unknown = PartnerId.newId();
        when(partners.findById(unknown)).thenReturn(Optional.empty());

        assertThatExceptionOfType(PartnerNotFound.class).isThrownBy(() -> relations.addContact(
                new AddContact(unknown, "Jeanne Dupont", "Maire", null, null)));
        verify(contacts, never()).add(any(PartnerContact.class));
    }

    private Partner saved() {
        ArgumentCaptor<Partner> saved = ArgumentCaptor.forClass(Partner.class);
        verify(partners, org.mockito.Mockito.atLeastOnce()).save(saved.capture());
        return saved.getValue();
    }
}
