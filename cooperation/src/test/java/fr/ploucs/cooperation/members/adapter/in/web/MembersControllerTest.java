package fr.ploucs.cooperation.members.adapter.in.web;

import fr.ploucs.cooperation.shell.adapter.in.web.CooperationWebTestConfiguration;

import fr.ploucs.cooperation.members.application.port.in.ChangeMemberUseCase;
import fr.ploucs.cooperation.members.application.port.in.ChangeMemberUseCase.RecordDeparture;
import fr.ploucs.cooperation.members.application.port.in.ChangeMemberUseCase.UpdateDetails;
import fr.ploucs.cooperation.engagement.application.port.in.EngagementQuery;
import fr.ploucs.cooperation.dues.application.port.in.DuesOverviewQuery;
import fr.ploucs.cooperation.members.application.port.in.FindMembersQuery;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery;
import fr.ploucs.cooperation.members.application.port.in.MemberListQuery;
import fr.ploucs.cooperation.members.application.port.in.MemberListQuery.MemberListPage;
import fr.ploucs.cooperation.members.application.port.in.MemberListQuery.MemberListing;
import fr.ploucs.cooperation.people.application.port.in.PeopleQuery;
import fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase;
import fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase.RegisterMember;
import fr.ploucs.cooperation.members.application.port.in.SiretAlreadyRegistered;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.Member;
import fr.ploucs.cooperation.members.domain.MemberChangedMeanwhile;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.members.domain.MembershipChange;
import fr.ploucs.cooperation.members.domain.MembershipChange.Kind;
import fr.ploucs.cooperation.members.domain.MembershipRuleViolation;
import fr.ploucs.cooperation.members.domain.MembershipStatus;
import fr.ploucs.cooperation.members.domain.Representative;
import fr.ploucs.cooperation.shared.domain.Siret;
import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(MembersController.class)
@Import({CooperationWebTestConfiguration.class, MemberPageParts.class})
class MembersControllerTest {

    private static final String SIRET_INVALID = "Ce numéro SIRET n’est pas valide";

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private RegisterMemberUseCase registration;

    @MockitoBean
    private ChangeMemberUseCase changes;

    @MockitoBean
    private FindMembersQuery members;

    @MockitoBean
    private MemberListQuery list;

    @MockitoBean
    private DuesOverviewQuery dues;

    @MockitoBean
    private FindTerritoryQuery territory;

    @MockitoBean
    private EngagementQuery engagement;

    @MockitoBean
    private PeopleQuery people;

    private final MemberId atelierId = MemberId.newId();

    @BeforeEach
    void noHoursYet() {
        MemberPageStubs.everyCommuneKnown(territory);
        MemberPageStubs.nothingRecordedYet(engagement, people);
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void coordinators_see_the_members_with_their_status_in_french() throws Exception {
        when(list.list(null, null, 0, 25)).thenReturn(page(
                listed(atelierId, "Les Jardins du Marsan", MembershipStatus.ACTIVE),
                listed(MemberId.newId(), "Ressourcerie des Landes", MembershipStatus.LEFT)));

        mvc.perform(get("/cooperation/members").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<title>Structures membres · PLOUCS</title>"),
                        containsString("<header"),
                        containsString("2 structures"),
                        containsString("href=\"/cooperation/members/" + atelierId + "\">Les Jardins du Marsan</a>"),
                        containsString("Ressourcerie des Landes"),
                        containsString("Membre actif"),
                        containsString("A quitté le réseau"),
                        containsString("Camille Dupin"),
                        containsString("SCIC"))));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void says_so_when_no_member_is_registered_yet() throws Exception {
        when(list.list(null, null, 0, 25)).thenReturn(page());

        mvc.perform(get("/cooperation/members").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Aucune structure membre n’est encore enregistrée."),
                        not(containsString("<table")))));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void the_search_passes_the_name_and_the_status_to_the_query_and_keeps_them_in_the_form() throws Exception {
        when(list.list("jardin", MembershipStatus.LEFT, 0, 25)).thenReturn(page(
                listed(atelierId, "Les Jardins du Marsan", MembershipStatus.LEFT)));

        mvc.perform(get("/cooperation/members").param("q", "jardin").param("status", "LEFT").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Les Jardins du Marsan"),
                        containsString("value=\"jardin\""),
                        containsString("<option value=\"LEFT\" selected=\"selected\">A quitté le réseau</option>"))));

        verify(list).list("jardin", MembershipStatus.LEFT, 0, 25);
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_search_matching_nothing_says_so() throws Exception {
        when(list.list("zzz", null, 0, 25)).thenReturn(page());

        mvc.perform(get("/cooperation/members").param("q", "zzz").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucune structure ne correspond à cette recherche.")));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void an_htmx_search_gets_only_the_results() throws Exception {
        when(list.list("jardin", null, 0, 25)).thenReturn(page(
                listed(atelierId, "Les Jardins du Marsan", MembershipStatus.ACTIVE)));

        mvc.perform(get("/cooperation/members").param("q", "jardin").header("HX-Request", "true").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"member-results\""),
                        containsString("Les Jardins du Marsan"),
                        containsString("Membre actif"),
                        not(containsString("<header")),
                        not(containsString("<h1")),
                        not(containsString("role=\"search\"")))));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void restoring_a_search_from_the_browser_history_gets_the_whole_page() throws Exception {
        when(list.list("jardin", null, 0, 25)).thenReturn(page(
                listed(atelierId, "Les Jardins du Marsan", MembershipStatus.ACTIVE)));

        mvc.perform(get("/cooperation/members").param("q", "jardin").locale(Locale.FRENCH)
                        .header("HX-Request", "true").header("HX-History-Restore-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", containsString("HX-Request")))
                .andExpect(content().string(allOf(containsString("<header"), containsString("role=\"search\""),
                        containsString("Les Jardins du Marsan"))));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_long_list_shows_one_page_with_links_to_the_others_that_keep_the_search() throws Exception {
        when(list.list("jardin", MembershipStatus.ACTIVE, 1, 25)).thenReturn(new MemberListPage(
                List.of(listed(atelierId, "Les Jardins du Marsan", MembershipStatus.ACTIVE)), 1, 25, 60));

        mvc.perform(get("/cooperation/members").param("q", "jardin").param("status", "ACTIVE").param("page", "2")
                        .locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("60 structures"),
                        containsString("Les Jardins du Marsan"),
                        containsString("aria-label=\"Pages de la liste\""),
                        containsString("href=\"/cooperation/members?q=jardin&amp;status=ACTIVE\" rel=\"prev\""),
                        containsString("href=\"/cooperation/members?q=jardin&amp;status=ACTIVE&amp;page=3\" rel=\"next\""),
                        containsString("<span aria-current=\"page\">2</span>"),
                        containsString("hx-target=\"#member-results\""))));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_list_on_one_page_has_no_page_links() throws Exception {
        when(list.list(null, null, 0, 25)).thenReturn(page(
                listed(atelierId, "Les Jardins du Marsan", MembershipStatus.ACTIVE)));

        mvc.perform(get("/cooperation/members").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("1 structure"),
                        not(containsString("class=\"pagination\"")))));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void the_registration_form_opens_empty_with_the_legal_forms_in_french() throws Exception {
        mvc.perform(get("/cooperation/members/new").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Enregistrer une structure</h1>"),
                        containsString("Association loi 1901"),
                        containsString("SAS agréée ESUS"),
                        containsString("action=\"/cooperation/members\""))));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void an_invalid_siret_is_explained_next_to_the_field_and_everything_typed_is_kept() throws Exception {
        String page = mvc.perform(registration("siret", "12345678901234").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("value=\"12345678901234\""),
                        containsString("value=\"Les Jardins du Marsan\""),
                        containsString("value=\"camille@jardins.fr\""),
                        containsString("aria-describedby=\"siret-error siret-hint\""))))
                .andReturn().getResponse().getContentAsString();

        assertThat(siretErrorParagraph(page)).contains(SIRET_INVALID);
        verifyNoInteractions(registration);
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_missing_name_is_asked_for() throws Exception {
        mvc.perform(registration("name", "   ").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"name-error\""),
                        containsString("Indiquez le nom de la structure."),
                        containsString("value=\"Mont-de-Marsan\""))));

        verifyNoInteractions(registration);
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_missing_joining_date_is_asked_for() throws Exception {
        mvc.perform(registration("joinedOn", "").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez la date d’adhésion.")));

        verifyNoInteractions(registration);
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_joining_date_before_1901_or_in_the_future_is_refused_next_to_the_field() throws Exception {
        mvc.perform(registration("joinedOn", "0001-01-01").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"joinedOn-error\""),
                        containsString("La date d’adhésion ne peut pas être avant le 01/01/1901"))));
        // Today is 26/11/2026 (CooperationWebTestConfiguration's clock, not the machine's).
        mvc.perform(registration("joinedOn", "2026-11-27").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La date d’adhésion ne peut pas être dans le futur.")));
        mvc.perform(registration("joinedOn", "+999999999-12-31").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"joinedOn-error\"")));

        verifyNoInteractions(registration);
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_valid_registration_leads_to_the_new_member_page() throws Exception {
        MemberId id = MemberId.newId();
        when(registration.register(any())).thenReturn(id);

        mvc.perform(registration("siret", "732 829 320 00074", "name", "  Les Jardins du Marsan ")
                        .locale(Locale.FRENCH))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/cooperation/members/" + id))
                .andExpect(flash().attribute("confirmation", "member.registered"));

        ArgumentCaptor<RegisterMember> command = ArgumentCaptor.forClass(RegisterMember.class);
        verify(registration).register(command.capture());
        assertThat(command.getValue().since()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(command.getValue().details()).isEqualTo(new MemberDetails("Les Jardins du Marsan", LegalForm.SCIC,
                new Siret("73282932000074"), "Mont-de-Marsan",
                new Representative("Camille Dupin", "camille@jardins.fr", null)));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_siret_already_registered_is_explained_next_to_the_field() throws Exception {
        when(registration.register(any())).thenThrow(new SiretAlreadyRegistered());

        mvc.perform(registration("siret", "73282932000074").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"siret-error\""),
                        containsString("Une autre structure est déjà enregistrée avec ce SIRET."),
                        containsString("value=\"Les Jardins du Marsan\""))));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void the_edit_form_shows_the_stored_details_and_version() throws Exception {
        when(members.byId(atelierId)).thenReturn(Optional.of(member(atelierId, "Les Jardins du Marsan",
                MembershipStatus.ACTIVE)));

        mvc.perform(get("/cooperation/members/{id}/edit", atelierId.value()).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Modifier la fiche</h1>"),
                        containsString("value=\"Les Jardins du Marsan\""),
                        containsString("value=\"732 829 320 00074\""),
                        containsString("name=\"version\" value=\"3\""),
                        not(containsString("name=\"joinedOn\"")))));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void an_update_passes_the_version_the_coordinator_saw() throws Exception {
        mvc.perform(update().locale(Locale.FRENCH))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/cooperation/members/" + atelierId));

        ArgumentCaptor<UpdateDetails> command = ArgumentCaptor.forClass(UpdateDetails.class);
        verify(changes).updateDetails(command.capture());
        assertThat(command.getValue().memberId()).isEqualTo(atelierId);
        assertThat(command.getValue().expectedVersion()).isEqualTo(3L);
        assertThat(command.getValue().details().name()).isEqualTo("Les Jardins du Marsan");
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void an_update_someone_else_overtook_keeps_what_was_typed_and_says_why() throws Exception {
        doThrow(new MemberChangedMeanwhile(atelierId)).when(changes).updateDetails(any());

        mvc.perform(update("commune", "Saint-Sever").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Quelqu’un d’autre a modifié cette structure"),
                        containsString("Ouvrir la fiche à jour"),
                        containsString("href=\"/cooperation/members/" + atelierId + "\""),
                        containsString("value=\"Les Jardins du Marsan\""),
                        containsString("value=\"Saint-Sever\""))));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_departure_without_reason_is_refused_and_the_use_case_not_called() throws Exception {
        when(members.byId(atelierId)).thenReturn(Optional.of(member(atelierId, "Les Jardins du Marsan",
                MembershipStatus.ACTIVE)));

        mvc.perform(post("/cooperation/members/{id}/departure", atelierId.value()).with(csrf())
                        .param("date", "2025-09-01").param("reason", " ").param("version", "3").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Départ de Les Jardins du Marsan"),
                        containsString("id=\"reason-error\""),
                        containsString("Indiquez la raison du départ."),
                        containsString("value=\"2025-09-01\""))));

        verifyNoInteractions(changes);
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_departure_is_recorded_with_its_date_reason_and_version() throws Exception {
        when(members.byId(atelierId)).thenReturn(Optional.of(member(atelierId, "Les Jardins du Marsan",
                MembershipStatus.ACTIVE)));

        mvc.perform(post("/cooperation/members/{id}/departure", atelierId.value()).with(csrf())
                        .param("date", "2025-09-01").param("reason", "fin d'activité").param("version", "3"))
                .andExpect(redirectedUrl("/cooperation/members/" + atelierId))
                .andExpect(flash().attribute("confirmation", "member.departure.recorded"));

        verify(changes).recordDeparture(new RecordDeparture(atelierId, 3L, LocalDate.of(2025, 9, 1), "fin d'activité"));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_return_the_rules_refuse_says_why() throws Exception {
        when(members.byId(atelierId)).thenReturn(Optional.of(member(atelierId, "Les Jardins du Marsan",
                MembershipStatus.ACTIVE)));
        doThrow(new MembershipRuleViolation("member.rule.not-left")).when(changes).recordReturn(any());

        mvc.perform(post("/cooperation/members/{id}/return", atelierId.value()).with(csrf())
                        .param("date", "2025-09-01").param("version", "3").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cette structure est déjà membre du réseau.")));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_member_page_shows_its_details_and_history() throws Exception {
        Member member = member(atelierId, "Les Jardins du Marsan", MembershipStatus.LEFT);
        when(members.byId(atelierId)).thenReturn(Optional.of(member));

        mvc.perform(get("/cooperation/members/{id}", atelierId.value()).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Les Jardins du Marsan</h1>"),
                        containsString("A quitté le réseau"),
                        containsString("732 829 320 00074"),
                        containsString("12/03/2024"),
                        containsString("01/09/2025"),
                        containsString(" : fin d&#39;activité"),
                        containsString("mailto:camille@jardins.fr"))));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void an_unknown_member_is_not_found() throws Exception {
        MemberId unknown = MemberId.newId();
        when(members.byId(unknown)).thenReturn(Optional.empty());

        mvc.perform(get("/cooperation/members/{id}", unknown.value()).locale(Locale.FRENCH))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cooperation/members/{id}/edit", unknown.value()).locale(Locale.FRENCH))
                .andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(roles = "REPRESENTATIVE")
    void representatives_cannot_see_the_list_nor_register() throws Exception {
        mvc.perform(get("/cooperation/members").locale(Locale.FRENCH)).andExpect(status().isForbidden());
        mvc.perform(registration().locale(Locale.FRENCH)).andExpect(status().isForbidden());

        verifyNoInteractions(members, registration);
    }

    @Test
    void a_representative_opens_the_page_of_their_own_member() throws Exception {
        when(members.byId(atelierId)).thenReturn(Optional.of(member(atelierId, "Les Jardins du Marsan",
                MembershipStatus.ACTIVE)));

        mvc.perform(get("/cooperation/members/{id}", atelierId.value()).with(representativeOf(atelierId))
                        .locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Les Jardins du Marsan</h1>"),
                        containsString("Membre actif"),
                        containsString("mailto:camille@jardins.fr"))));
    }

    @Test
    void a_representative_cannot_open_another_member_page_nor_edit_their_own() throws Exception {
        MemberId other = MemberId.newId();

        mvc.perform(get("/cooperation/members/{id}", other.value()).with(representativeOf(atelierId))
                        .locale(Locale.FRENCH))
                .andExpect(status().isForbidden());
        mvc.perform(get("/cooperation/members/{id}/edit", atelierId.value()).with(representativeOf(atelierId))
                        .locale(Locale.FRENCH))
                .andExpect(status().isForbidden());

        verifyNoInteractions(members);
    }

    @Test
    void a_representative_is_led_to_their_member_page() throws Exception {
        mvc.perform(get("/cooperation/my-member").with(representativeOf(atelierId)))
                .andExpect(redirectedUrl("/cooperation/members/" + atelierId));
    }

    private static RequestPostProcessor representativeOf(MemberId member) {
        return user("camille").authorities(new SimpleGrantedAuthority("ROLE_REPRESENTATIVE"),
                new SimpleGrantedAuthority("MEMBER_" + member));
    }

    /** A registration as a coordinator would type it, with the fields given replacing the usual ones. */
    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_candidate_is_registered_as_such_and_admitted_later() throws Exception {
        MemberId id = MemberId.newId();
        when(registration.register(any())).thenReturn(id);

        mvc.perform(registration("candidate", "true"))
                .andExpect(redirectedUrl("/cooperation/members/" + id))
                .andExpect(flash().attribute("confirmation", "member.candidate.registered"));
        ArgumentCaptor<RegisterMember> command = ArgumentCaptor.forClass(RegisterMember.class);
        verify(registration).register(command.capture());
        assertThat(command.getValue().candidate()).isTrue();

        Member candidate = new Member(id, member(id, "Les Jardins du Marsan", MembershipStatus.ACTIVE).getDetails(),
                MembershipStatus.CANDIDATE, List.of(new MembershipChange(MembershipChange.Kind.APPLIED,
                LocalDate.of(2024, 3, 12), null)), 0L);
        when(members.byId(id)).thenReturn(Optional.of(candidate));
        mvc.perform(get("/cooperation/members/{id}", id.value()).locale(Locale.FRENCH))
                .andExpect(content().string(allOf(containsString("Candidate"), containsString("Admettre dans le réseau"),
                        containsString("Pas encore membre"), containsString("Enregistrer le retrait de la candidature"))));

        mvc.perform(post("/cooperation/members/{id}/admission", id.value()).with(csrf())
                        .param("date", "2024-06-20").param("reason", "Conseil du 20 juin").param("version", "0"))
                .andExpect(redirectedUrl("/cooperation/members/" + id))
                .andExpect(flash().attribute("confirmation", "member.admission.recorded"));
        ArgumentCaptor<ChangeMemberUseCase.Admit> admit = ArgumentCaptor.forClass(ChangeMemberUseCase.Admit.class);
        verify(changes).admit(admit.capture());
        assertThat(admit.getValue().admittedOn()).isEqualTo(LocalDate.of(2024, 6, 20));
        assertThat(admit.getValue().expectedVersion()).isZero();
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_commune_the_reference_does_not_know_is_refused_next_to_the_field() throws Exception {
        when(territory.resolveCommune("Morcenks")).thenReturn(
                FindTerritoryQuery.Resolution.problem("territory.commune.unknown"));

        mvc.perform(registration("commune", "Morcenks").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"commune-error\""),
                        containsString("ne correspond à aucune commune"), containsString("value=\"Morcenks\""))));
        verify(registration, never()).register(any());
    }

    private static MockHttpServletRequestBuilder registration(String... fieldsAndValues) {
        return form(post("/cooperation/members"), Map.of(
                "name", "Les Jardins du Marsan",
                "legalForm", "SCIC",
                "siret", "",
                "commune", "Mont-de-Marsan",
                "joinedOn", "2024-03-12",
                "representativeName", "Camille Dupin",
                "representativeEmail", "camille@jardins.fr",
                "representativePhone", ""), fieldsAndValues);
    }

    private MockHttpServletRequestBuilder update(String... fieldsAndValues) {
        return form(post("/cooperation/members/{id}", atelierId.value()), Map.of(
                "name", "Les Jardins du Marsan",
                "legalForm", "SCIC",
                "siret", "732 829 320 00074",
                "commune", "Mont-de-Marsan",
                "representativeName", "Camille Dupin",
                "representativeEmail", "camille@jardins.fr",
                "representativePhone", "05 58 00 00 00",
                "version", "3"), fieldsAndValues);
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, String> usual,
                                                      String... fieldsAndValues) {
        Map<String, String> fields = new LinkedHashMap<>(usual);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            fields.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        fields.forEach(request::param);
        return request.with(csrf());
    }

    /** The paragraph the field's aria-describedby points at, so the message is read out with the field. */
    private static String siretErrorParagraph(String html) {
        int start = html.indexOf("id=\"siret-error\"");
        assertThat(start).as("the SIRET field's error").isNotNegative();
        return html.substring(start, html.indexOf("</p>", start));
    }

    private static MemberListPage page(MemberListing... found) {
        return new MemberListPage(List.of(found), 0, 25, found.length);
    }

    private static MemberListing listed(MemberId id, String name, MembershipStatus status) {
        return new MemberListing(id, name, LegalForm.SCIC, "Mont-de-Marsan", "Camille Dupin", status);
    }

    private static Member member(MemberId id, String name, MembershipStatus status) {
        List<MembershipChange> history = status == MembershipStatus.ACTIVE
                ? List.of(new MembershipChange(Kind.JOINED, LocalDate.of(2024, 3, 12), null))
                : List.of(new MembershipChange(Kind.JOINED, LocalDate.of(2024, 3, 12), null),
                        new MembershipChange(Kind.LEFT, LocalDate.of(2025, 9, 1), "fin d'activité"));
        return new Member(id, new MemberDetails(name, LegalForm.SCIC, new Siret("73282932000074"), "Mont-de-Marsan",
                new Representative("Camille Dupin", "camille@jardins.fr", null)), status, history, 3L);
    }
}
