package fr.ploucs.cooperation.exchanges.adapter.in.web;

import fr.ploucs.cooperation.shell.adapter.in.web.CooperationWebTestConfiguration;

import fr.ploucs.cooperation.members.application.port.in.FindMembersQuery;
import fr.ploucs.cooperation.members.application.port.in.MemberDirectoryQuery;
import static fr.ploucs.cooperation.members.application.MemberEntries.entries;
import static fr.ploucs.cooperation.members.application.MemberEntries.entry;
import fr.ploucs.cooperation.exchanges.application.port.in.FindPracticeExchangesQuery;
import fr.ploucs.cooperation.exchanges.application.port.in.FindPracticeExchangesQuery.ExchangeSearch;
import fr.ploucs.cooperation.exchanges.application.port.in.RecordPracticeExchangeUseCase;
import fr.ploucs.cooperation.exchanges.application.port.in.RecordPracticeExchangeUseCase.RecordExchange;
import fr.ploucs.cooperation.exchanges.application.port.in.RecordPracticeExchangeUseCase.UpdateExchange;
import fr.ploucs.cooperation.exchanges.domain.ExchangeLink;
import fr.ploucs.cooperation.exchanges.domain.ExchangeRuleViolation;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.Member;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.members.domain.MembershipChange;
import fr.ploucs.cooperation.members.domain.MembershipStatus;
import fr.ploucs.cooperation.exchanges.domain.PracticeExchange;
import fr.ploucs.cooperation.exchanges.domain.PracticeExchangeChangedMeanwhile;
import fr.ploucs.cooperation.exchanges.domain.PracticeExchangeDetails;
import fr.ploucs.cooperation.exchanges.domain.PracticeExchangeId;
import fr.ploucs.cooperation.members.domain.Representative;
import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(PracticeExchangesController.class)
@Import({ExchangesTrainingWebMapper.class, CooperationWebTestConfiguration.class})
@WithMockUser(roles = "COORDINATOR")
class PracticeExchangesControllerTest {

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private RecordPracticeExchangeUseCase recording;
    @MockitoBean
    private FindPracticeExchangesQuery exchanges;
    @MockitoBean
    private MemberDirectoryQuery members;
    @MockitoBean
    private FindMembersQuery memberRegistry;
    // MemberPage, imported by the shared web test configuration, needs these.
    @MockitoBean
    private fr.ploucs.cooperation.engagement.application.port.in.EngagementQuery engagement;
    @MockitoBean
    private fr.ploucs.cooperation.people.application.port.in.PeopleQuery people;

    private final Member jardins = member("Les Jardins du Marsan", MembershipStatus.ACTIVE);
    private final Member ressourcerie = member("Ressourcerie des Landes", MembershipStatus.ACTIVE);
    private final Member partie = member("La Fabrique partie", MembershipStatus.LEFT);
    private final PracticeExchange exchange = new PracticeExchange(PracticeExchangeId.newId(),
            new PracticeExchangeDetails(LocalDate.of(2026, 3, 14), "Mutualiser les locaux", "Camille Dupin",
                    jardins.getId(), new BigDecimal("2.50"), Set.of(jardins.getId(), ressourcerie.getId()),
                    "Nous avons comparé nos conventions d’occupation.",
                    List.of(new ExchangeLink("Compte rendu", "https://example.org/cr"))), 4L);

    @BeforeEach
    void aNetwork() {
        when(members.everyMember()).thenReturn(entries(partie, jardins, ressourcerie));
        when(members.currentMembers()).thenReturn(entries(jardins, ressourcerie));
        when(members.entryOf(any())).thenAnswer(call -> entry(List.of(partie, jardins, ressourcerie).stream()
                .filter(m -> m.getId().equals(call.getArgument(0))).findFirst()));
        when(exchanges.byId(exchange.getId())).thenReturn(Optional.of(exchange));
        when(exchanges.years()).thenReturn(List.of(2026, 2025));
    }

    @Test
    void the_list_shows_the_exchanges_found_with_their_facilitator_attendees_and_hours_in_french() throws Exception {
        when(exchanges.search(new ExchangeSearch("conventions", 2026, ressourcerie.getId())))
                .thenReturn(List.of(exchange));

        mvc.perform(get("/cooperation/exchanges").param("q", "conventions").param("year", "2026")
                        .param("member", ressourcerie.getId().toString()).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<title>Échanges de pratiques · PLOUCS</title>"),
                        containsString("1 échange"),
                        containsString("14/03/2026"),
                        containsString("href=\"/cooperation/exchanges/" + exchange.getId() + "\">Mutualiser les locaux</a>"),
                        containsString("Camille Dupin (Les Jardins du Marsan)"),
                        containsString("Les Jardins du Marsan, Ressourcerie des Landes"),
                        containsString("2,5 h"),
                        containsString("value=\"conventions\""),
                        containsString("<option value=\"2026\" selected=\"selected\">2026</option>"))));
    }

    @Test
    void a_search_without_result_says_so_and_a_bad_year_or_member_is_a_bad_request() throws Exception {
        when(exchanges.search(any())).thenReturn(List.of());

        mvc.perform(get("/cooperation/exchanges").param("q", "introuvable").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucun échange ne correspond à cette recherche.")));
        mvc.perform(get("/cooperation/exchanges").param("year", "deux-mille")).andExpect(status().isBadRequest());
        mvc.perform(get("/cooperation/exchanges").param("member", "pas-un-uuid")).andExpect(status().isBadRequest());
        mvc.perform(get("/cooperation/exchanges/pas-un-uuid")).andExpect(status().isBadRequest());
    }

    @Test
    void the_form_offers_only_current_members_and_an_exchange_is_recorded_with_hours_typed_the_french_way()
            throws Exception {
        mvc.perform(get("/cooperation/exchanges/new").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Les Jardins du Marsan"),
                        containsString("Ressourcerie des Landes"), not(containsString("La Fabrique partie")),
                        containsString("value=\"2026-11-26\""))));

        PracticeExchangeId created = PracticeExchangeId.newId();
        when(recording.record(any())).thenReturn(created);
        mvc.perform(valid(post("/cooperation/exchanges"), "hours", "2,5"))
                .andExpect(redirectedUrl("/cooperation/exchanges/" + created))
                .andExpect(flash().attribute("confirmation", "exchange.recorded"));

        ArgumentCaptor<RecordExchange> command = ArgumentCaptor.forClass(RecordExchange.class);
        verify(recording).record(command.capture());
        PracticeExchangeDetails details = command.getValue().details();
        assertThat(details.hours()).isEqualByComparingTo("2.5");
        assertThat(details.attendees()).containsExactlyInAnyOrder(jardins.getId(), ressourcerie.getId());
        assertThat(details.facilitatorMember()).isEqualTo(jardins.getId());
        assertThat(details.links()).containsExactly(new ExchangeLink("Compte rendu", "https://example.org/cr"));
        assertThat(details.notes()).isEqualTo("Nous avons parlé des conventions.");
    }

    @Test
    void hours_with_a_dot_are_accepted_too() throws Exception {
        when(recording.record(any())).thenReturn(PracticeExchangeId.newId());
        mvc.perform(valid(post("/cooperation/exchanges"), "hours", "2.5"))
                .andExpect(status().is3xxRedirection());
        ArgumentCaptor<RecordExchange> command = ArgumentCaptor.forClass(RecordExchange.class);
        verify(recording).record(command.capture());
        assertThat(command.getValue().details().hours()).isEqualByComparingTo("2.5");
    }

    @Test
    void bad_input_is_answered_next_to_each_field_in_french_keeping_what_was_typed_and_storing_nothing()
            throws Exception {
        mvc.perform(post("/cooperation/exchanges").with(csrf()).locale(Locale.FRENCH)
                        .param("date", "2026-11-20").param("topic", "Mutualiser les locaux")
                        .param("facilitatorName", "").param("facilitatorMemberId", "n-importe-quoi")
                        .param("hours", "deux heures")
                        .param("links[0].title", "Compte rendu").param("links[0].url", "javascript:alert(1)")
                        .param("links[1].title", "").param("links[1].url", "https://example.org/sans-titre"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Indiquez le nom de la personne qui a animé."),
                        containsString("Choisissez une structure dans la liste."),
                        containsString("Indiquez la durée en heures avec au plus deux décimales, par exemple 2,5."),
                        containsString("Cochez au moins une structure présente."),
                        containsString("Indiquez une adresse web complète commençant par http:// ou https://"),
                        containsString("Donnez un titre à cette ressource."),
                        containsString("value=\"Mutualiser les locaux\""),
                        containsString("value=\"deux heures\""),
                        containsString("aria-invalid=\"true\""))));
        mvc.perform(valid(post("/cooperation/exchanges"), "hours", "30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La durée doit être comprise entre 0,25 et 24 heures.")));
        mvc.perform(valid(post("/cooperation/exchanges"), "date",
                        java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(10).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La date ne peut pas être dans le futur")));
        verifyNoInteractions(recording);
    }

    @Test
    void a_structure_that_is_no_longer_a_member_is_refused_next_to_the_attendees() throws Exception {
        when(recording.record(any())).thenThrow(new ExchangeRuleViolation("exchange.attendees.not-member"));

        mvc.perform(valid(post("/cooperation/exchanges")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"attendeeIds-error\""),
                        containsString("Une des structures cochées ne fait pas partie des membres actuels du réseau."))));
    }

    @Test
    void the_exchange_page_shows_its_notes_attendees_and_links() throws Exception {
        mvc.perform(get("/cooperation/exchanges/" + exchange.getId()).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Mutualiser les locaux</h1>"),
                        containsString("Nous avons comparé nos conventions d’occupation."),
                        containsString("href=\"https://example.org/cr\""),
                        containsString(">Compte rendu</a>"),
                        containsString("2,5 h"),
                        containsString("href=\"/cooperation/members/" + ressourcerie.getId() + "#contribution\""))));
        mvc.perform(get("/cooperation/exchanges/" + PracticeExchangeId.newId())).andExpect(status().isNotFound());
    }

    @Test
    void the_edit_form_carries_the_version_and_a_stale_save_is_refused_in_french() throws Exception {
        mvc.perform(get("/cooperation/exchanges/" + exchange.getId() + "/edit").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("name=\"version\" value=\"4\""),
                        containsString("value=\"2,5\""),
                        containsString("value=\"https://example.org/cr\""))));

        doThrow(new PracticeExchangeChangedMeanwhile(exchange.getId())).when(recording).update(any());
        mvc.perform(valid(post("/cooperation/exchanges/" + exchange.getId()), "version", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Quelqu’un a modifié cet échange pendant que vous le modifiiez."),
                        containsString("value=\"Mutualiser les locaux\""))));
        ArgumentCaptor<UpdateExchange> command = ArgumentCaptor.forClass(UpdateExchange.class);
        verify(recording).update(command.capture());
        assertThat(command.getValue().expectedVersion()).isEqualTo(3L);
    }

    @Test
    void editing_keeps_an_attendee_that_has_left_since_among_the_choices() throws Exception {
        PracticeExchange withPartie = new PracticeExchange(PracticeExchangeId.newId(), new PracticeExchangeDetails(
                LocalDate.of(2025, 3, 14), "Gouvernance", "Lou", jardins.getId(), BigDecimal.ONE,
                Set.of(partie.getId()), null, List.of()), 0L);
        when(exchanges.byId(withPartie.getId())).thenReturn(Optional.of(withPartie));

        mvc.perform(get("/cooperation/exchanges/" + withPartie.getId() + "/edit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La Fabrique partie")));
    }

    @Test
    @WithMockUser(roles = "REPRESENTATIVE")
    void a_representative_cannot_open_the_exchanges() throws Exception {
        mvc.perform(get("/cooperation/exchanges")).andExpect(status().isForbidden());
        mvc.perform(valid(post("/cooperation/exchanges"))).andExpect(status().isForbidden());
        verifyNoInteractions(recording);
    }

    /** A valid exchange, with the fields given as name, value pairs typed otherwise. */
    private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String... typed) {
        java.util.Map<String, String[]> fields = new java.util.LinkedHashMap<>();
        fields.put("date", new String[]{"2026-11-20"});
        fields.put("topic", new String[]{"Mutualiser les locaux"});
        fields.put("facilitatorName", new String[]{"Camille Dupin"});
        fields.put("facilitatorMemberId", new String[]{jardins.getId().toString()});
        fields.put("hours", new String[]{"2,5"});
        fields.put("attendeeIds", new String[]{jardins.getId().toString(), ressourcerie.getId().toString()});
        fields.put("notes", new String[]{"Nous avons parlé des conventions."});
        fields.put("links[0].title", new String[]{"Compte rendu"});
        fields.put("links[0].url", new String[]{"https://example.org/cr"});
        fields.put("links[1].title", new String[]{""});
        fields.put("links[1].url", new String[]{""});
        fields.put("version", new String[]{"4"});
        for (int i = 0; i < typed.length; i += 2) {
            fields.put(typed[i], new String[]{typed[i + 1]});
        }
        MockHttpServletRequestBuilder built = request.with(csrf()).locale(Locale.FRENCH);
        fields.forEach(built::param);
        return built;
    }

    private static Member member(String name, MembershipStatus status) {
        List<MembershipChange> history = status == MembershipStatus.ACTIVE
                ? List.of(new MembershipChange(MembershipChange.Kind.JOINED, LocalDate.of(2024, 3, 12), null))
                : List.of(new MembershipChange(MembershipChange.Kind.JOINED, LocalDate.of(2024, 3, 12), null),
                new MembershipChange(MembershipChange.Kind.LEFT, LocalDate.of(2025, 9, 1), "fin"));
        return new Member(MemberId.newId(), new MemberDetails(name, LegalForm.SCIC, null, "Mont-de-Marsan",
                new Representative("Camille Dupin", "camille@example.org", null)), status, history, 0L);
    }
}
