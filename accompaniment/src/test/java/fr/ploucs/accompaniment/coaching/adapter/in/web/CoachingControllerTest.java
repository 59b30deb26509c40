package fr.ploucs.accompaniment.coaching.adapter.in.web;

import fr.ploucs.accompaniment.coaches.application.port.in.CoachingMemberSummary;
import fr.ploucs.accompaniment.coaches.application.port.in.ListCoachingMembersQuery;
import fr.ploucs.accompaniment.coaches.application.port.in.ListCoachingMembersUseCase;
import fr.ploucs.accompaniment.coaching.application.port.in.CoachingChangedMeanwhile;
import fr.ploucs.accompaniment.coaching.application.port.in.CoachingNotFound;
import fr.ploucs.accompaniment.coaching.application.port.in.CoachingUseCase;
import fr.ploucs.accompaniment.coaching.application.port.in.CoachingUseCase.Assign;
import fr.ploucs.accompaniment.coaching.application.port.in.CoachingUseCase.Correct;
import fr.ploucs.accompaniment.coaching.application.port.in.CoachingUseCase.Hold;
import fr.ploucs.accompaniment.coaching.application.port.in.FindCoachingQuery;
import fr.ploucs.accompaniment.coaching.application.port.in.FindCoachingQuery.CoachedProject;
import fr.ploucs.accompaniment.coaching.application.port.in.FindCoachingQuery.ProjectCoaching;
import fr.ploucs.accompaniment.coaching.application.port.in.NotYourProject;
import fr.ploucs.accompaniment.coaching.domain.Assignment;
import fr.ploucs.accompaniment.coaching.domain.AssignmentId;
import fr.ploucs.accompaniment.coaching.domain.CoachingRuleViolation;
import fr.ploucs.accompaniment.coaching.domain.CoachingSession;
import fr.ploucs.accompaniment.coaching.domain.CoachingSession.SessionDetails;
import fr.ploucs.accompaniment.coaching.domain.CoachingSessionId;
import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(CoachingController.class)
@Import(CoachingControllerTest.TestSetup.class)
class CoachingControllerTest {

    /** Thursday 26 November 2026 in Paris. */
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TestConfiguration
    @EnableMethodSecurity
    static class TestSetup {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneId.of("Europe/Paris"));
        }
    }

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private CoachingUseCase coaching;
    @MockitoBean
    private FindCoachingQuery query;
    @MockitoBean
    private ListCoachingMembersUseCase members;

    private final UUID project = UUID.randomUUID();
    private final UUID otherProject = UUID.randomUUID();
    private final MemberId atelier = MemberId.newId();
    private final MemberId ruche = MemberId.newId();
    private final Assignment previous = new Assignment(AssignmentId.newId(), project, ruche, "La Ruche",
            "Paul Durand", "paul@ruche.example", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1), false, 1L);
    private final Assignment current = new Assignment(AssignmentId.newId(), project, atelier, "L'Atelier",
            "Léa Martin", "lea@atelier.example", LocalDate.of(2026, 10, 1), null, false, 0L);
    private final CoachingSession session = new CoachingSession(CoachingSessionId.newId(), project, atelier,
            "L'Atelier", new SessionDetails(LocalDate.of(2026, 11, 12), new BigDecimal("2.5"), "Léa Martin",
            "Modèle économique", "Prix à revoir", "Rencontrer la banque"), false, 0, 3L);
    private final CoachingSession older = new CoachingSession(CoachingSessionId.newId(), project, ruche,
            "La Ruche", new SessionDetails(LocalDate.of(2026, 9, 15), new BigDecimal("1"), "Paul Durand",
            "Besoins", null, null), false, 0, 0L);

    @BeforeEach
    void theProject() {
        ProjectCoaching coached = new ProjectCoaching(project, "La Recyclerie", List.of(current, previous),
                List.of(session, older), new BigDecimal("3.50"));
        lenient().when(query.coachingOf(project, null)).thenReturn(coached);
        lenient().when(query.coachingOf(project, atelier)).thenReturn(coached);
        lenient().when(query.coachingOf(project, ruche)).thenThrow(new NotYourProject(project));
        lenient().when(query.coachingOf(otherProject, atelier)).thenThrow(new NotYourProject(otherProject));
        lenient().when(members.list(ListCoachingMembersQuery.activeOnly())).thenReturn(List.of(
                new CoachingMemberSummary(atelier, "L'Atelier", "Morcenx-la-Nouvelle", true, LocalDate.of(2024, 3, 12),
                        null, null),
                new CoachingMemberSummary(ruche, "La Ruche", "Arjuzanx", true, LocalDate.of(2024, 3, 12), null,
                        null)));
    }

    private static RequestPostProcessor coordinator() {
        return user("camille").roles("COORDINATOR");
    }

    private static RequestPostProcessor representativeOf(MemberId member) {
        return user("rep-" + member).authorities(new SimpleGrantedAuthority("ROLE_REPRESENTATIVE"),
                new SimpleGrantedAuthority("MEMBER_" + member.value()));
    }

    private String pagePath() {
        return "/accompaniment/projects/" + project + "/coaching";
    }

    @Test
    void coordinators_see_who_coaches_the_history_and_the_sessions_with_their_total() throws Exception {
        mvc.perform(get(pagePath()).with(coordinator()).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Accompagnement : La Recyclerie</h1>"),
                        containsString("L&#39;Atelier"),
                        containsString("lea@atelier.example"),
                        containsString("depuis le 01/10/2026"),
                        containsString("du 01/09/2026 au 01/10/2026"),
                        containsString("Total : 3,50 h en 2 rendez-vous"),
                        containsString("2,50 h"),
                        containsString("Modèle économique"),
                        containsString("Rencontrer la banque"),
                        containsString("Confier à une autre structure"),
                        containsString("id=\"assignment-form\""),
                        containsString("id=\"session-form\""),
                        containsString("/accompaniment/projects/" + project + "/coaching/sessions/" + session.getId()
                                + "/edit"),
                        containsString("/accompaniment/projects/" + project + "/coaching/sessions/" + older.getId()
                                + "/edit"))));
    }

    @Test
    void a_coordinator_assigns_a_member_and_its_person() throws Exception {
        mvc.perform(post(pagePath() + "/assignment").with(coordinator()).with(csrf()).locale(Locale.FRENCH)
                        .param("memberId", ruche.value().toString()).param("coachName", "Paul Durand")
                        .param("coachEmail", "paul@ruche.example").param("since", "2026-11-20"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(pagePath()))
                .andExpect(flash().attribute("confirmation", "coaching.assignment.done"));
        verify(coaching).assign(new Assign(project, ruche, "Paul Durand", "paul@ruche.example",
                LocalDate.of(2026, 11, 20)));
    }

    @Test
    void an_assignment_the_rules_refuse_comes_back_with_the_reason_next_to_its_field() throws Exception {
        when(coaching.assign(any())).thenThrow(new CoachingRuleViolation("memberId",
                "coaching.assignment.member.not-active"));
        mvc.perform(post(pagePath() + "/assignment").with(coordinator()).with(csrf()).locale(Locale.FRENCH)
                        .param("memberId", ruche.value().toString()).param("coachName", "Paul Durand")
                        .param("coachEmail", "paul@ruche.example").param("since", "2026-11-20"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Cette structure n’est plus active dans le réseau"),
                        containsString("id=\"memberId-error\""),
                        containsString("value=\"Paul Durand\""))));
    }

    @Test
    void representatives_cannot_assign() throws Exception {
        mvc.perform(post(pagePath() + "/assignment").with(representativeOf(atelier)).with(csrf())
                        .param("memberId", atelier.value().toString()).param("coachName", "Léa")
                        .param("coachEmail", "lea@atelier.example").param("since", "2026-11-20"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(coaching);
    }

    @Test
    void a_representative_sees_their_project_without_the_assignment_form_and_logs_a_session() throws Exception {
        mvc.perform(get(pagePath()).with(representativeOf(atelier)).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Rendez-vous d’accompagnement"),
                        containsString("id=\"session-form\""),
                        containsString("value=\"L&eacute;a Martin\""),
                        not(containsString("id=\"assignment-form\"")),
                        containsString("/coaching/sessions/" + session.getId() + "/edit"),
                        // a session another structure held is shown, not offered for correction
                        not(containsString("/coaching/sessions/" + older.getId() + "/edit")))));

        mvc.perform(post(pagePath() + "/sessions").with(representativeOf(atelier)).with(csrf()).locale(Locale.FRENCH)
                        .param("heldOn", "2026-11-25").param("hours", "1,5").param("coachName", "Léa Martin")
                        .param("topics", "Plan de financement").param("notes", "").param("nextSteps", "Banque"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(pagePath() + "#sessions-title"))
                .andExpect(flash().attribute("confirmation", "coaching.session.logged"));
        ArgumentCaptor<Hold> held = ArgumentCaptor.forClass(Hold.class);
        verify(coaching).hold(held.capture());
        assertThat(held.getValue().projectId()).isEqualTo(project);
        assertThat(held.getValue().actingFor()).isEqualTo(atelier);
        assertThat(held.getValue().details().hours()).isEqualByComparingTo("1.5");
        assertThat(held.getValue().details().notes()).isNull();
    }

    @Test
    void a_representative_is_refused_on_a_project_another_member_coaches_and_sees_none_of_it() throws Exception {
        mvc.perform(get(pagePath()).with(representativeOf(ruche)).locale(Locale.FRENCH))
                .andExpect(status().isForbidden())
                .andExpect(content().string(allOf(
                        containsString("Votre structure n’accompagne pas ce projet"),
                        not(containsString("Modèle économique")),
                        not(containsString("La Recyclerie")))));

        mvc.perform(post(pagePath() + "/sessions").with(representativeOf(ruche)).with(csrf()).locale(Locale.FRENCH)
                        .param("heldOn", "2026-11-25").param("hours", "1").param("coachName", "Paul")
                        .param("topics", "Tout"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Votre structure n’accompagne pas ce projet")));
        verify(coaching, never()).hold(any());
    }

    @Test
    void a_representative_cannot_correct_a_session_another_structure_held() throws Exception {
        mvc.perform(get(pagePath() + "/sessions/" + older.getId() + "/edit").with(representativeOf(atelier))
                        .locale(Locale.FRENCH))
                .andExpect(status().isForbidden());
        mvc.perform(post(pagePath() + "/sessions/" + older.getId() + "/delete").with(representativeOf(atelier))
                        .with(csrf()).param("version", "0"))
                .andExpect(status().isForbidden());
        verify(coaching, never()).delete(any(), any(), any());
    }

    @Test
    void someone_signed_in_for_no_structure_is_refused() throws Exception {
        mvc.perform(get(pagePath()).with(user("nobody").roles("REPRESENTATIVE")))
                .andExpect(status().isForbidden());
        verifyNoInteractions(query);
    }

    @Test
    void a_correction_is_prefilled_saved_and_shown() throws Exception {
        mvc.perform(get(pagePath() + "/sessions/" + session.getId() + "/edit").with(representativeOf(atelier))
                        .locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Corriger un rendez-vous : La Recyclerie"),
                        containsString("value=\"2,5\""),
                        containsString("value=\"2026-11-12\""),
                        containsString("Prix &agrave; revoir"),
                        containsString("name=\"version\" value=\"3\""),
                        containsString("Supprimer le rendez-vous"))));

        mvc.perform(post(pagePath() + "/sessions/" + session.getId()).with(representativeOf(atelier)).with(csrf())
                        .locale(Locale.FRENCH).param("version", "3").param("heldOn", "2026-11-12").param("hours", "3")
                        .param("coachName", "Léa Martin").param("topics", "Modèle économique"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("confirmation", "coaching.session.corrected"));
        verify(coaching).correct(new Correct(session.getId(), 3L, atelier, new SessionDetails(
                LocalDate.of(2026, 11, 12), new BigDecimal("3"), "Léa Martin", "Modèle économique", null, null)));

        mvc.perform(get(pagePath()).with(coordinator()).locale(Locale.FRENCH).flashAttr("confirmation",
                        "coaching.session.corrected"))
                .andExpect(content().string(containsString("Le rendez-vous est corrigé")));
    }

    @Test
    void a_correction_made_on_a_session_changed_meanwhile_keeps_what_was_typed_and_says_so() throws Exception {
        doThrow(new CoachingChangedMeanwhile(session.getId())).when(coaching).correct(any());
        mvc.perform(post(pagePath() + "/sessions/" + session.getId()).with(coordinator()).with(csrf())
                        .locale(Locale.FRENCH).param("version", "2").param("heldOn", "2026-11-12").param("hours", "4")
                        .param("coachName", "Léa Martin").param("topics", "Nouveaux sujets"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"changed-meanwhile\""),
                        containsString("Quelqu’un d’autre a modifié ce rendez-vous"),
                        containsString("Nouveaux sujets"))));
    }

    @Test
    void deleting_a_session_sends_its_version_and_a_stale_one_is_refused() throws Exception {
        mvc.perform(post(pagePath() + "/sessions/" + session.getId() + "/delete").with(coordinator()).with(csrf())
                        .param("version", "3"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("confirmation", "coaching.session.deleted-done"));
        verify(coaching).delete(session.getId(), 3L, null);

        doThrow(new CoachingChangedMeanwhile(session.getId())).when(coaching).delete(any(), eq(2L), any());
        mvc.perform(post(pagePath() + "/sessions/" + session.getId() + "/delete").with(coordinator()).with(csrf())
                        .param("version", "2"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(pagePath() + "/sessions/" + session.getId() + "/edit"))
                .andExpect(flash().attribute("refusal", "coaching.changed-meanwhile"));
    }

    @Test
    void bad_hours_are_refused_next_to_the_field_in_french() throws Exception {
        for (String hours : List.of("abc", "-1", "1e3", "123456789012345678901234567890", "1,234")) {
            mvc.perform(post(pagePath() + "/sessions").with(coordinator()).with(csrf()).locale(Locale.FRENCH)
                            .param("heldOn", "2026-11-25").param("hours", hours).param("coachName", "Léa")
                            .param("topics", "Sujets"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(
                            containsString("id=\"hours-error\""),
                            containsString("Saisissez une durée en heures, par exemple 1,5."))));
        }
        mvc.perform(post(pagePath() + "/sessions").with(coordinator()).with(csrf()).locale(Locale.FRENCH)
                        .param("heldOn", "2026-11-25").param("hours", "13").param("coachName", "Léa")
                        .param("topics", "Sujets"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La durée doit être comprise entre 0,25 et 12 heures.")));
        verify(coaching, never()).hold(any());
    }

    @Test
    void dates_out_of_range_and_long_texts_are_refused_next_to_their_field() throws Exception {
        mvc.perform(post(pagePath() + "/sessions").with(coordinator()).with(csrf()).locale(Locale.FRENCH)
                        .param("heldOn", "999999999-01-01").param("hours", "1").param("coachName", "Léa")
                        .param("topics", "Sujets"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"heldOn-error\""),
                        containsString("Saisissez une date valide."))));
        mvc.perform(post(pagePath() + "/sessions").with(coordinator()).with(csrf()).locale(Locale.FRENCH)
                        .param("heldOn", "0001-01-01").param("hours", "1").param("coachName", "Léa")
                        .param("topics", "Sujets"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"heldOn-error\""),
                        containsString("Saisissez une date à partir de l’an 2000."))));
        mvc.perform(post(pagePath() + "/sessions").with(coordinator()).with(csrf()).locale(Locale.FRENCH)
                        .param("heldOn", "2026-11-25").param("hours", "1").param("coachName", "Léa")
                        .param("topics", "x".repeat(5000)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"topics-error\""),
                        containsString("Ce texte est trop long."))));
        mvc.perform(post(pagePath() + "/assignment").with(coordinator()).with(csrf()).locale(Locale.FRENCH)
                        .param("memberId", "pas-un-id").param("coachName", "Paul")
                        .param("coachEmail", "paul@ruche.example").param("since", "+999999999-12-31"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Choisissez une structure dans la liste."),
                        containsString("id=\"memberId-error\""))));
        verify(coaching, never()).hold(any());
        verify(coaching, never()).assign(any());
    }

    @Test
    void an_address_that_names_no_project_or_no_session_is_not_found() throws Exception {
        mvc.perform(get("/accompaniment/projects/pas-un-id/coaching").with(coordinator()))
                .andExpect(status().isNotFound());
        mvc.perform(get(pagePath() + "/sessions/pas-un-id/edit").with(coordinator()))
                .andExpect(status().isNotFound());
        mvc.perform(get(pagePath() + "/sessions/" + UUID.randomUUID() + "/edit").with(coordinator()))
                .andExpect(status().isNotFound());
        UUID unknown = UUID.randomUUID();
        when(query.coachingOf(unknown, null)).thenThrow(new CoachingNotFound(unknown));
        mvc.perform(get("/accompaniment/projects/" + unknown + "/coaching").with(coordinator()))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_representative_lists_the_projects_their_structure_coaches() throws Exception {
        when(query.coachedProjects(atelier)).thenReturn(List.of(new CoachedProject(project, "La Recyclerie",
                "L'Atelier", "Léa Martin", LocalDate.of(2026, 10, 1), false, new BigDecimal("3.50"))));
        mvc.perform(get("/accompaniment/my-coaching").with(representativeOf(atelier)).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Mes projets accompagnés</h1>"),
                        containsString("href=\"/accompaniment/projects/" + project + "/coaching\">La Recyclerie</a>"),
                        containsString("01/10/2026"),
                        containsString("3,50 h"))));

        when(query.coachedProjects(ruche)).thenReturn(List.of());
        mvc.perform(get("/accompaniment/my-coaching").with(representativeOf(ruche)).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Votre structure n’accompagne aucun projet pour l’instant."),
                        not(containsString("La Recyclerie")))));
    }

    @Test
    void coordinators_list_every_coached_project_with_its_structure_in_english_too() throws Exception {
        when(query.coachedProjects(null)).thenReturn(List.of(new CoachedProject(project, "La Recyclerie",
                "L'Atelier", "Léa Martin", LocalDate.of(2026, 10, 1), true, new BigDecimal("3.50"))));
        mvc.perform(get("/accompaniment/my-coaching").with(coordinator()).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Coached projects</h1>"),
                        containsString("L&#39;Atelier"),
                        containsString("To assign to another structure"))));
    }
}
