package fr.ploucs.cooperation.partners.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PartnerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private final PartnerId partner = PartnerId.newId();

    @Test
    void a_commune_partner_needs_its_commune_and_an_epci_partner_its_epci() {
        assertThatExceptionOfType(PartnerRuleViolation.class)
                .isThrownBy(() -> new PartnerDetails(PartnerKind.COMMUNE, "Morcenx", null, null, null, null, null))
                .satisfies(e -> assertThat(e.field()).contains("commune"))
                .satisfies(e -> assertThat(e.reason()).isEqualTo("partner.commune.required"));
        assertThatExceptionOfType(PartnerRuleViolation.class)
                .isThrownBy(() -> new PartnerDetails(PartnerKind.EPCI, "CC", "40197", " ", null, null, null))
                .satisfies(e -> assertThat(e.reason()).isEqualTo("partner.epci.required"));
        assertThat(new PartnerDetails(PartnerKind.SCHOOL, "Collège", "40197", null, null, null, null).communeCode())
                .isEqualTo("40197");
    }

    @Test
    void a_partner_needs_a_name_and_only_an_epci_partner_keeps_an_epci() {
        assertThatExceptionOfType(PartnerRuleViolation.class)
                .isThrownBy(() -> new PartnerDetails(PartnerKind.OTHER, "  ", null, null, null, null, null))
                .satisfies(e -> assertThat(e.reason()).isEqualTo("partner.name.required"));
        assertThat(new PartnerDetails(PartnerKind.OTHER, "Mission locale", null, "244000691", null, null, null)
                .epciCode()).isNull();
    }

    @Test
    void a_change_based_on_another_version_is_stale() {
        Partner stored = new Partner(partner, new PartnerDetails(PartnerKind.DEPARTEMENT, "Département des Landes",
                null, null, null, null, null), 3L);

        assertThat(stored.changedSince(3L)).isFalse();
        assertThat(stored.changedSince(2L)).isTrue();
        assertThat(stored.changedSince(null)).isTrue();
    }

    @Test
    void an_exchange_is_logged_once_it_happened_with_a_summary() {
        PartnerInteraction today = PartnerInteraction.log(partner, TODAY, InteractionKind.MEETING, "Point sur la CJS",
                null, "coordinatrice", Instant.now(), TODAY);
        assertThat(today.version()).isNull();
        assertThat(today.author()).isEqualTo("coordinatrice");

        assertThatExceptionOfType(PartnerRuleViolation.class)
                .isThrownBy(() -> PartnerInteraction.log(partner, TODAY.plusDays(1), InteractionKind.CALL, "Appel",
                        null, "coordinatrice", Instant.now(), TODAY))
                .satisfies(e -> assertThat(e.field()).contains("date"))
                .satisfies(e -> assertThat(e.reason()).isEqualTo("partner-log.date.future"));
        assertThatExceptionOfType(PartnerRuleViolation.class)
                .isThrownBy(() -> PartnerInteraction.log(partner, TODAY, InteractionKind.CALL, " ", null,
                        "coordinatrice", Instant.now(), TODAY))
                .satisfies(e -> assertThat(e.field()).contains("summary"));
    }

    @Test
    void a_contact_needs_a_name() {
        assertThatExceptionOfType(PartnerRuleViolation.class)
                .isThrownBy(() -> PartnerContact.add(partner, "", "Maire", null, null))
                .satisfies(e -> assertThat(e.reason()).isEqualTo("partner-contact.name.required"));
    }
}
