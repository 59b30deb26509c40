package fr.ploucs.cooperation;

import fr.ploucs.cooperation.partners.application.port.in.FindPartnersQuery;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery;
import fr.ploucs.cooperation.partners.application.port.in.ManagePartnersUseCase;
import fr.ploucs.cooperation.partners.application.port.in.ManagePartnersUseCase.LogInteraction;
import fr.ploucs.cooperation.partners.application.port.in.ManagePartnersUseCase.PartnerFields;
import fr.ploucs.sharedkernel.territory.Commune;
import fr.ploucs.cooperation.partners.domain.InteractionKind;
import fr.ploucs.cooperation.partners.domain.Partner;
import fr.ploucs.cooperation.partners.domain.PartnerId;
import fr.ploucs.cooperation.partners.domain.PartnerKind;
import fr.ploucs.sharedkernel.NavigationEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;
import fr.ploucs.sharedkernel.events.PartnerDetailsChanged;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Partners and territory in the cooperation module booted alone, against the real PostgreSQL and the real territory
 * reference. A partner registered or changed is published whole (PartnerDetailsChanged); its contacts and its log
 * concern no other pillar and publish nothing.
 */
@ApplicationModuleTest
class PartnersModuleTest {

    @Autowired
    private ManagePartnersUseCase partners;
    @Autowired
    private FindPartnersQuery query;
    @Autowired
    private FindTerritoryQuery territory;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private List<NavigationEntry> navigationEntries;

    @Test
    void a_commune_chosen_in_the_picker_becomes_a_partner_named_by_the_reference_with_its_log(PublishedEvents events) {
        Commune morcenx = territory.resolveCommune("Morcenx-la-Nouvelle (40110)").value().orElseThrow();

        PartnerId id = partners.register(new PartnerFields(PartnerKind.COMMUNE, null, morcenx.code(), null,
                "1 place de la mairie", null, null));
        partners.logInteraction(new LogInteraction(id, LocalDate.now(ZoneId.of("Europe/Paris")),
                InteractionKind.MEETING, "Réunion sur la CJS", null, "camille"));

        Map<String, Object> row = jdbc.sql("select name, commune_code, version from cooperation.partner where id = ?")
                .param(id.value()).query().singleRow();
        assertThat(row).containsEntry("name", "Morcenx-la-Nouvelle").containsEntry("commune_code", "40197")
                .containsEntry("version", 0L);
        assertThat(query.interactions(id)).singleElement()
                .satisfies(entry -> assertThat(entry.author()).isEqualTo("camille"));
        assertThat(query.search("morcenx la nouvelle", PartnerKind.COMMUNE)).extracting(Partner::getId).contains(id);
        assertThat(events.ofType(fr.ploucs.sharedkernel.PloucsEvent.class)).singleElement()
                .isInstanceOf(PartnerDetailsChanged.class);
    }

    @Test
    void a_registered_partner_and_each_change_of_its_details_are_published_whole(Scenario scenario) {
        Commune morcenx = territory.resolveCommune("Morcenx-la-Nouvelle (40110)").value().orElseThrow();
        AtomicReference<PartnerId> registered = new AtomicReference<>();

        scenario.stimulate(() -> partners.register(new PartnerFields(PartnerKind.SCHOOL, "Lycée de Morcenx",
                        morcenx.code(), null, null, null, null)))
                .andWaitForEventOfType(PartnerDetailsChanged.class)
                .matching(changed -> changed.name().equals("Lycée de Morcenx"))
                .toArriveAndVerify((changed, id) -> {
                    registered.set(id);
                    assertThat(changed.partnerId()).isEqualTo(id.value());
                    assertThat(changed.kind()).isEqualTo("SCHOOL");
                    assertThat(changed.communeCode()).isEqualTo("40197");
                    assertThat(changed.epciCode()).isNull();
                    assertThat(changed.notificationArguments()).containsExactly("Lycée de Morcenx");
                });

        scenario.stimulate(() -> partners.update(registered.get(), 0L, new PartnerFields(PartnerKind.SCHOOL,
                        "Lycée polyvalent de Morcenx", morcenx.code(), null, "Rue des écoles", null, null)))
                .andWaitForEventOfType(PartnerDetailsChanged.class)
                .matching(changed -> changed.partnerId().equals(registered.get().value())
                        && changed.name().equals("Lycée polyvalent de Morcenx"))
                .toArriveAndVerify(changed -> assertThat(changed.kind()).isEqualTo("SCHOOL"));
    }

    @Test
    void the_partners_have_their_entry_in_the_coordinators_menu() {
        assertThat(navigationEntries).anySatisfy(entry -> {
            assertThat(entry.labelKey()).isEqualTo("nav.cooperation.partners");
            assertThat(entry.path()).isEqualTo("/cooperation/partners");
            assertThat(entry.order()).isEqualTo(55);
        });
    }
}
