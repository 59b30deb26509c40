package fr.ploucs.cooperation.partners.adapter.in.web;


import fr.ploucs.cooperation.partners.application.port.in.FindPartnersQuery;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery.Resolution;
import fr.ploucs.cooperation.partners.application.port.in.ManagePartnersUseCase;
import fr.ploucs.cooperation.partners.application.port.in.ManagePartnersUseCase.AddContact;
import fr.ploucs.cooperation.partners.application.port.in.ManagePartnersUseCase.LogInteraction;
import fr.ploucs.cooperation.partners.application.port.in.ManagePartnersUseCase.PartnerFields;
import fr.ploucs.sharedkernel.territory.Commune;
import fr.ploucs.sharedkernel.territory.Departement;
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
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(PartnersController.class)
@Import({PartnerWebMapper.class, PartnersControllerTest.TestSetup.class})
@WithMockUser(username = "camille", roles = "COORDINATOR")
class PartnersControllerTest {

    /** Thursday 26 November 2026 in Paris. */
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @TestConfiguration
    @EnableMethodSecurity
    static class TestSetup {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneId.of("Europe/Paris"));
        }
    }

    private static final Commune MORCENX = new Commune("40197", "Morcenx-la-Nouvelle", List.of("40110"), "40",
            "244000691", 5022);
    private static final Epci PAYS_MORCENAIS = new Epci("244000691", "CC du Pays Morcenais", "CC");

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private ManagePartnersUseCase partners;
    @MockitoBean
    private FindPartnersQuery query;
    @MockitoBean
    private FindTerritoryQuery territory;

    private final Partner mairie = new Partner(PartnerId.newId(), new PartnerDetails(PartnerKind.COMMUNE,
            "Morcenx-la-Nouvelle", "40197", null, "1 place de la mairie", "https://www.morcenx-la-nouvelle.fr",
            "Soutient la CJS"), 2L);

    @BeforeEach
    void theReference() {
        lenient().when(territory.commune("40197")).thenReturn(Optional.of(MORCENX));
        lenient().when(territory.epci("244000691")).thenReturn(Optional.of(PAYS_MORCENAIS));
        lenient().when(territory.departement("40")).thenReturn(Optional.of(new Departement("40", "Landes")));
        lenient().when(territory.resolveCommune(any())).thenReturn(Resolution.nothing());
        lenient().when(territory.resolveCommune("Morcenx-la-Nouvelle (40110)")).thenReturn(Resolution.of(MORCENX));
        lenient().when(query.byId(mairie.getId())).thenReturn(Optional.of(mairie));
    }

    @Test
    void the_list_shows_partners_with_their_kind_and_commune_and_filters_them() throws Exception {
        Partner college = new Partner(PartnerId.newId(), new PartnerDetails(PartnerKind.SCHOOL, "Collège Jean-Rostand",
                null, null, null, null, null), 0L);
        when(query.search(null, null)).thenReturn(List.of(college, mairie));

        mvc.perform(get("/cooperation/partners").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<title>Partenaires et territoire · PLOUCS</title>"),
                        containsString("2 partenaires"),
                        containsString("Établissement scolaire"),
                        containsString("href=\"/cooperation/partners/" + mairie.getId() + "\">Morcenx-la-Nouvelle</a>"),
                        containsString("Morcenx-la-Nouvelle (40110)"))));

        when(query.search("rostand", PartnerKind.SCHOOL)).thenReturn(List.of(college));
        mvc.perform(get("/cooperation/partners").param("q", "rostand").param("kind", "SCHOOL").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("1 partenaire<"),
                        containsString("<option value=\"SCHOOL\" selected=\"selected\">"),
                        not(containsString("Morcenx-la-Nouvelle (40110)")))));

        mvc.perform(get("/cooperation/partners").param("kind", "CASTLE")).andExpect(status().isBadRequest());
    }

    @Test
    @WithMockUser(username = "lou", roles = "REPRESENTATIVE")
    void a_representative_does_not_see_the_partners() throws Exception {
        // The picker's suggestions, which answer any signed-in user, are tested with the picker in the web parts.
        mvc.perform(get("/cooperation/partners")).andExpect(status().isForbidden());
    }

    @Test
    void the_form_has_a_labelled_commune_picker_fed_by_htmx() throws Exception {
        mvc.perform(get("/cooperation/partners/new").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<label for=\"commune\">Commune</label>"),
                        containsString("list=\"commune-suggestions\""),
                        containsString("hx-get=\"/territory/communes?field=commune\""),
                        containsString("hx-trigger=\"input changed delay:250ms\""),
                        containsString("hx-target=\"#commune-suggestions\""),
                        containsString("<datalist id=\"commune-suggestions\"></datalist>"),
                        containsString("hx-get=\"/territory/epcis?field=epci\""),
                        containsString("<option value=\"OTHER\">Autre acteur</option>"))));
    }

    @Test
    void a_commune_chosen_in_the_picker_is_registered_by_its_insee_code() throws Exception {
        PartnerId id = PartnerId.newId();
        when(partners.register(any())).thenReturn(id);

        mvc.perform(post("/cooperation/partners").with(csrf()).locale(Locale.FRENCH)
                        .param("kind", "COMMUNE").param("name", "").param("commune", "Morcenx-la-Nouvelle (40110)")
                        .param("epci", "").param("website", "https://www.morcenx-la-nouvelle.fr"))
                .andExpect(redirectedUrl("/cooperation/partners/" + id));

        ArgumentCaptor<PartnerFields> fields = ArgumentCaptor.forClass(PartnerFields.class);
        verify(partners).register(fields.capture());
        assertThat(fields.getValue().kind()).isEqualTo(PartnerKind.COMMUNE);
        assertThat(fields.getValue().communeCode()).isEqualTo("40197");
        assertThat(fields.getValue().epciCode()).isNull();
    }

    @Test
    void a_typed_name_matching_no_commune_is_refused_next_to_the_field_and_kept() throws Exception {
        when(territory.resolveCommune("Morcenks")).thenReturn(Resolution.problem("territory.commune.unknown"));

        mvc.perform(post("/cooperation/partners").with(csrf()).locale(Locale.FRENCH)
                        .param("kind", "COMMUNE").param("commune", "Morcenks").param("notes", "Rencontre au forum"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"form-errors\""),
                        containsString("<p class=\"field-error\" id=\"commune-error\">« Morcenks » ne correspond à aucune commune : tapez quelques lettres du nom ou le code postal, puis choisissez dans la liste.</p>"),
                        containsString("value=\"Morcenks\""),
                        containsString("aria-invalid=\"true\" aria-describedby=\"commune-error commune-hint\""),
                        containsString("Rencontre au forum"))));
        verifyNoInteractions(partners);
    }

    @Test
    void a_commune_partner_needs_its_commune_an_epci_partner_its_epci_and_the_others_a_name() throws Exception {
        mvc.perform(post("/cooperation/partners").with(csrf()).locale(Locale.FRENCH).param("kind", "COMMUNE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez la commune partenaire")));
        when(territory.resolveEpci(any())).thenReturn(Resolution.nothing());
        mvc.perform(post("/cooperation/partners").with(csrf()).locale(Locale.FRENCH).param("kind", "EPCI"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez l’intercommunalité partenaire")));
        mvc.perform(post("/cooperation/partners").with(csrf()).locale(Locale.FRENCH).param("kind", "REGION")
                        .param("website", "www.nouvelle-aquitaine.fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Indiquez le nom du partenaire."),
                        containsString("commençant par https://"))));
        mvc.perform(post("/cooperation/partners").with(csrf()).locale(Locale.FRENCH).param("kind", "CASTLE")
                        .param("name", "Château"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez un type dans la liste.")));
        verifyNoInteractions(partners);
    }

    @Test
    void a_stale_edit_is_refused_with_a_clear_message_and_what_was_typed_is_kept() throws Exception {
        doThrow(new PartnerChangedMeanwhile(mairie.getId())).when(partners)
                .update(eq(mairie.getId()), eq(1L), any());

        mvc.perform(post("/cooperation/partners/" + mairie.getId()).with(csrf()).locale(Locale.FRENCH)
                        .param("version", "1").param("kind", "COMMUNE").param("name", "Mairie de Morcenx")
                        .param("commune", "Morcenx-la-Nouvelle (40110)"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Quelqu’un d’autre a modifié ce partenaire"),
                        containsString("value=\"Mairie de Morcenx\""),
                        containsString("Ouvrir la fiche à jour"))));
    }

    @Test
    void the_edit_form_carries_the_version_and_the_picker_shows_the_commune_as_chosen() throws Exception {
        mvc.perform(get("/cooperation/partners/" + mairie.getId() + "/edit").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("name=\"version\" value=\"2\""),
                        containsString("value=\"Morcenx-la-Nouvelle (40110)\""))));
    }

    @Test
    void the_partner_page_shows_its_territory_its_contacts_and_its_log_latest_first() throws Exception {
        Instant now = NOW;
        LocalDate today = LocalDate.of(2026, 11, 26);
        when(query.contacts(mairie.getId())).thenReturn(List.of(PartnerContact.add(mairie.getId(), "Jeanne Dupont",
                "Adjointe à la vie associative", "jeanne.dupont@morcenx.fr", "05 58 07 80 00")));
        when(query.interactions(mairie.getId())).thenReturn(List.of(
                PartnerInteraction.log(mairie.getId(), today.minusDays(2), InteractionKind.MEETING,
                        "Réunion sur la CJS 2027", "Envoyer le budget", "camille", now, today),
                PartnerInteraction.log(mairie.getId(), today.minusDays(40), InteractionKind.CALL,
                        "Premier appel", null, "dominique", now, today)));

        String page = mvc.perform(get("/cooperation/partners/" + mairie.getId()).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Morcenx-la-Nouvelle (40110) — code INSEE 40197"),
                        containsString("Landes (40)"),
                        containsString("CC du Pays Morcenais"),
                        containsString("Jeanne Dupont"),
                        containsString("Adjointe à la vie associative"),
                        containsString("href=\"mailto:jeanne.dupont@morcenx.fr\""),
                        containsString("<td>24/11/2026</td>"),
                        containsString("<td>Réunion</td>"),
                        containsString("Envoyer le budget"),
                        containsString("<td>17/10/2026</td>"),
                        containsString("value=\"2026-11-26\""))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("Réunion sur la CJS 2027")).isLessThan(page.indexOf("Premier appel"));
    }

    @Test
    void a_logged_exchange_is_signed_by_the_signed_in_coordinator() throws Exception {
        mvc.perform(post("/cooperation/partners/" + mairie.getId() + "/interactions").with(csrf())
                        .param("date", "2026-11-24").param("kind", "MEETING").param("summary", "Réunion CJS")
                        .param("followUp", ""))
                .andExpect(redirectedUrl("/cooperation/partners/" + mairie.getId() + "#log-title"));

        ArgumentCaptor<LogInteraction> logged = ArgumentCaptor.forClass(LogInteraction.class);
        verify(partners).logInteraction(logged.capture());
        assertThat(logged.getValue().author()).isEqualTo("camille");
        assertThat(logged.getValue().date()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(logged.getValue().kind()).isEqualTo(InteractionKind.MEETING);
    }

    @Test
    void an_exchange_in_the_future_or_with_a_bad_date_is_refused_next_to_the_date() throws Exception {
        when(partners.logInteraction(any())).thenThrow(new PartnerRuleViolation("date", "partner-log.date.future"));

        mvc.perform(post("/cooperation/partners/" + mairie.getId() + "/interactions").with(csrf())
                        .locale(Locale.FRENCH)
                        .param("date", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(10).toString())
                        .param("kind", "CALL").param("summary", "Appel au maire"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"date-error\">L’échange doit avoir eu lieu : la date ne peut pas être dans le futur.</p>"),
                        containsString(">Appel au maire</textarea>"))));

        mvc.perform(post("/cooperation/partners/" + mairie.getId() + "/interactions").with(csrf())
                        .locale(Locale.FRENCH)
                        .param("date", "24/13/2026").param("kind", "VISIT").param("summary", "Visite"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Indiquez une date valide"),
                        containsString("Choisissez un type d’échange dans la liste."),
                        containsString("value=\"24/13/2026\""))));
    }

    @Test
    void a_contact_is_added_and_a_bad_email_is_refused() throws Exception {
        mvc.perform(post("/cooperation/partners/" + mairie.getId() + "/contacts").with(csrf())
                        .param("name", "Jeanne Dupont").param("role", "Maire").param("email", "jeanne@morcenx.fr")
                        .param("phone", "05 58 07 80 00"))
                .andExpect(redirectedUrl("/cooperation/partners/" + mairie.getId() + "#contacts-title"));
        ArgumentCaptor<AddContact> added = ArgumentCaptor.forClass(AddContact.class);
        verify(partners).addContact(added.capture());
        assertThat(added.getValue().name()).isEqualTo("Jeanne Dupont");

        mvc.perform(post("/cooperation/partners/" + mairie.getId() + "/contacts").with(csrf()).locale(Locale.FRENCH)
                        .param("name", "").param("email", "jeanne-at-morcenx"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Indiquez le nom du contact."),
                        containsString("Indiquez une adresse e-mail valide"),
                        containsString("value=\"jeanne-at-morcenx\""))));
    }

    @Test
    void an_unknown_partner_is_not_found() throws Exception {
        mvc.perform(get("/cooperation/partners/" + UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get("/cooperation/partners/not-a-uuid")).andExpect(status().isBadRequest());
    }
}
