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

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Partners and territory in the cooperation module booted alone, against the real PostgreSQL and the real territory
 * reference. The feature publishes no event (nothing in it concerns another pillar): the test checks that none is.
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
        assertThat(events.ofType(fr.ploucs.sharedkernel.PloucsEvent.class)).isEmpty();
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
