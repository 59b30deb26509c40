package fr.ploucs.cooperation.partners.adapter.out.persistence;

import fr.ploucs.cooperation.partners.domain.InteractionKind;
import fr.ploucs.cooperation.partners.domain.Partner;
import fr.ploucs.cooperation.partners.domain.PartnerChangedMeanwhile;
import fr.ploucs.cooperation.partners.domain.PartnerContact;
import fr.ploucs.cooperation.partners.domain.PartnerDetails;
import fr.ploucs.cooperation.partners.domain.PartnerId;
import fr.ploucs.cooperation.partners.domain.PartnerInteraction;
import fr.ploucs.cooperation.partners.domain.PartnerKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Partners, contacts and log in the real PostgreSQL, migrated by the module's Flyway scripts. */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({PartnerPersistenceAdapter.class, PartnerPersistenceMapperImpl.class})
class PartnerPersistenceAdapterTest {

    @Autowired
    private PartnerPersistenceAdapter adapter;
    @Autowired
    private JdbcClient jdbc;

    private final String token = "t" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void a_partner_round_trips_with_its_version_and_a_stale_save_is_refused() {
        Partner morcenx = adapter.save(Partner.register(PartnerId.newId(), new PartnerDetails(PartnerKind.COMMUNE,
                "Mairie de Morcenx-la-Nouvelle " + token, "40197", null, "1 place de la mairie",
                "https://www.morcenx-la-nouvelle.fr", "Soutient la CJS")));

        Map<String, Object> row = jdbc.sql("select * from cooperation.partner where id = ?")
                .param(morcenx.getId().value()).query().singleRow();
        assertThat(row).containsEntry("kind", "COMMUNE").containsEntry("commune_code", "40197")
                .containsEntry("search_name", "mairie de morcenx la nouvelle " + token).containsEntry("version", 0L);
        Partner read = adapter.findById(morcenx.getId()).orElseThrow();
        assertThat(read.getDetails()).isEqualTo(morcenx.getDetails());
        assertThat(read.getVersion()).isZero();

        read.update(new PartnerDetails(PartnerKind.COMMUNE, "Morcenx-la-Nouvelle " + token, "40197", null, null,
                null, null));
        Partner updated = adapter.save(read);
        assertThat(updated.getVersion()).isEqualTo(1L);

        morcenx.update(new PartnerDetails(PartnerKind.COMMUNE, "Écrasé " + token, "40197", null, null, null, null));
        assertThatExceptionOfType(PartnerChangedMeanwhile.class).isThrownBy(() -> adapter.save(morcenx));
        assertThat(adapter.findById(morcenx.getId()).orElseThrow().getDetails().name())
                .isEqualTo("Morcenx-la-Nouvelle " + token);
    }

    @Test
    void search_ignores_accents_and_case_and_filters_by_kind() {
        adapter.save(Partner.register(PartnerId.newId(), new PartnerDetails(PartnerKind.SCHOOL,
                "Collège Jean-Rostand " + token, "40197", null, null, null, null)));
        adapter.save(Partner.register(PartnerId.newId(), new PartnerDetails(PartnerKind.EPCI,
                "Communauté de communes " + token, null, "244000691", null, null, null)));

        assertThat(adapter.search("college jean rostand " + token, null)).extracting(p -> p.getDetails().name())
                .containsExactly("Collège Jean-Rostand " + token);
        assertThat(adapter.search(token.toUpperCase(), PartnerKind.EPCI)).extracting(p -> p.getDetails().epciCode())
                .containsExactly("244000691");
        assertThat(adapter.search(token, PartnerKind.REGION)).isEmpty();
    }

    @Test
    void contacts_by_name_and_the_log_latest_first() {
        Partner partner = adapter.save(Partner.register(PartnerId.newId(), new PartnerDetails(PartnerKind.DEPARTEMENT,
                "Département des Landes " + token, null, null, null, null, null)));
        adapter.add(PartnerContact.add(partner.getId(), "Zoé Martin", "Chargée de mission ESS", "zoe@landes.fr", null));
        adapter.add(PartnerContact.add(partner.getId(), "Alain Dupuy", null, null, "05 58 05 40 40"));
        Instant now = Instant.parse("2026-11-26T10:00:00Z");
        LocalDate today = LocalDate.of(2026, 11, 26);
        adapter.add(PartnerInteraction.log(partner.getId(), today.minusDays(30), InteractionKind.CALL, "Premier appel",
                null, "camille", now, today));
        adapter.add(PartnerInteraction.log(partner.getId(), today.minusDays(2), InteractionKind.MEETING, "Réunion",
                "Envoyer le bilan", "camille", now, today));

        assertThat(adapter.contactsOf(partner.getId())).extracting(PartnerContact::name)
                .containsExactly("Alain Dupuy", "Zoé Martin");
        assertThat(adapter.logOf(partner.getId())).extracting(PartnerInteraction::summary)
                .containsExactly("Réunion", "Premier appel");
        assertThat(adapter.logOf(partner.getId()).get(0)).satisfies(entry -> {
            assertThat(entry.followUp()).isEqualTo("Envoyer le bilan");
            assertThat(entry.author()).isEqualTo("camille");
            assertThat(entry.recordedAt()).isEqualTo(now);
            assertThat(entry.version()).isZero();
        });
    }
}
