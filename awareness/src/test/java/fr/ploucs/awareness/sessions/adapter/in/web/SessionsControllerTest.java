package fr.ploucs.awareness.sessions.adapter.in.web;

import fr.ploucs.awareness.calls.application.port.in.OpenCallSummary;
import fr.ploucs.awareness.calls.application.port.in.OpenCallsUseCase;
import fr.ploucs.awareness.facilitators.application.port.in.FacilitatingMemberSummary;
import fr.ploucs.awareness.facilitators.application.port.in.ListFacilitatingMembersQuery;
import fr.ploucs.awareness.facilitators.application.port.in.ListFacilitatingMembersUseCase;
import fr.ploucs.awareness.partners.application.port.in.FindPartnersQuery;
import fr.ploucs.awareness.partners.application.port.in.PartnerSummary;
import fr.ploucs.awareness.partners.domain.PartnerId;
import fr.ploucs.awareness.sessions.application.port.in.FindSessionsQuery;
import fr.ploucs.awareness.sessions.application.port.in.InvitedSpeaker;
import fr.ploucs.awareness.sessions.application.port.in.NotYourSession;
import fr.ploucs.awareness.sessions.application.port.in.PartnerRequestersUseCase;
import fr.ploucs.awareness.sessions.application.port.in.PlannedToolUseCase;
import fr.ploucs.awareness.sessions.application.port.in.SessionChangedMeanwhile;
import fr.ploucs.awareness.sessions.application.port.in.SessionSpeakersUseCase;
import fr.ploucs.awareness.sessions.application.port.in.SessionsUseCase;
import fr.ploucs.awareness.sessions.application.port.in.SessionsUseCase.Deliver;
import fr.ploucs.awareness.sessions.application.port.in.SessionsUseCase.Evaluate;
import fr.ploucs.awareness.sessions.application.port.in.SessionsUseCase.Request;
import fr.ploucs.awareness.sessions.application.port.in.SessionsUseCase.Schedule;
import fr.ploucs.awareness.sessions.domain.AudienceType;
import fr.ploucs.awareness.sessions.domain.AwarenessSession;
import fr.ploucs.awareness.sessions.domain.Facilitation;
import fr.ploucs.awareness.sessions.domain.Requester;
import fr.ploucs.awareness.sessions.domain.RequesterId;
import fr.ploucs.awareness.sessions.domain.RequesterKind;
import fr.ploucs.awareness.sessions.domain.SessionId;
import fr.ploucs.awareness.sessions.domain.SessionRuleViolation;
import fr.ploucs.awareness.sessions.domain.SessionStatus;
import fr.ploucs.awareness.testimonies.application.port.in.SpeakersUseCase;
import fr.ploucs.awareness.testimonies.domain.SpeakerId;
import fr.ploucs.awareness.tools.application.port.in.ToolUsesQuery;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.territory.Commune;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery.Resolution;
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
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(SessionsController.class)
@Import(SessionsControllerTest.TestSetup.class)
@WithMockUser(username = "camille", roles = "COORDINATOR")
class SessionsControllerTest {

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

    private static final Commune MORCENX = new Commune("40197", "Morcenx-la-Nouvelle", List.of("40110"), "40",
            "244000691", 5022);
    private static final MemberId ATELIER = MemberId.newId();
    private static final MemberId ABEILLES = MemberId.newId();
    private static final RequesterId LYCEE = RequesterId.newId();

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private SessionsUseCase sessions;
    @MockitoBean
    private FindSessionsQuery find;
    @MockitoBean
    private PartnerRequestersUseCase partnerRequesters;
    @MockitoBean
    private SessionSpeakersUseCase sessionSpeakers;
    @MockitoBean
    private PlannedToolUseCase plannedTools;
    @MockitoBean
    private FindPartnersQuery partners;
    @MockitoBean
    private ListFacilitatingMembersUseCase members;
    @MockitoBean
    private ToolUsesQuery tools;
    @MockitoBean
    private SpeakersUseCase speakers;
    @MockitoBean
    private OpenCallsUseCase calls;
    @MockitoBean
    private FindTerritoryQuery territory;

    @BeforeEach
    void reference() {
        when(territory.commune("40197")).thenReturn(Optional.of(MORCENX));
        when(territory.resolveCommune(any())).thenReturn(Resolution.of(MORCENX));
        when(find.requesters()).thenReturn(List.of(new Requester(LYCEE, "Lycée de Morcenx", RequesterKind.SCHOOL,
                null)));
    }

    @Test
    void coordinators_see_every_session_filtered_by_status_and_year_twenty_a_page() throws Exception {
        List<AwarenessSession> all = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            all.add(session("Intervention n° " + i, LocalDate.of(2026, 10, 1).minusDays(i), SessionStatus.DELIVERED,
                    ATELIER, false));
        }
        all.add(session("Forum des métiers", LocalDate.of(2025, 3, 4), SessionStatus.CANCELLED, ATELIER, false));
        when(find.sessions()).thenReturn(all);

        mvc.perform(get("/awareness/sessions").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Interventions</h1>"),
                        containsString("26 intervention(s)"),
                        containsString("Intervention n° 0"),
                        containsString("Lycée de Morcenx"),
                        containsString("Morcenx-la-Nouvelle"),
                        containsString("Réalisée"),
                        containsString("Enregistrer une demande d’intervention"),
                        not(containsString("Intervention n° 24<")),
                        containsString("Page suivante"))));

        mvc.perform(get("/awareness/sessions").param("page", "2").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Intervention n° 24<"),
                        not(containsString("Intervention n° 0<")))));

        mvc.perform(get("/awareness/sessions").param("status", "CANCELLED").param("year", "2025")
                        .locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("1 intervention(s)"),
                        containsString("Forum des métiers"), not(containsString("Intervention n° 0<")))));

        mvc.perform(get("/awareness/sessions").param("status", "EVALUATED").locale(Locale.FRENCH))
                .andExpect(content().string(containsString("Aucune intervention ne correspond à ces filtres.")));
    }

    @Test
    void nonsense_filters_and_pages_are_ignored_never_a_server_error() throws Exception {
        when(find.sessions()).thenReturn(List.of(session("Forum", TODAY, SessionStatus.REQUESTED, null, false)));

        mvc.perform(get("/awareness/sessions").param("year", "99999999999").param("status", "<script>")
                        .param("page", "-4").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Forum")));
        mvc.perform(get("/awareness/sessions/pas-un-identifiant")).andExpect(status().isNotFound());
        mvc.perform(get("/awareness/sessions/" + UUID.randomUUID())).andExpect(status().isNotFound());
    }

    @Test
    void representatives_see_only_the_sessions_their_structure_facilitates() throws Exception {
        when(find.sessionsFacilitatedBy(ATELIER)).thenReturn(List.of(
                session("Notre intervention", TODAY.plusDays(3), SessionStatus.SCHEDULED, ATELIER, false)));
        when(find.sessions()).thenReturn(List.of(
                session("Celle des autres", TODAY.plusDays(3), SessionStatus.SCHEDULED, ABEILLES, false)));

        mvc.perform(get("/awareness/sessions").with(representativeOf(ATELIER)).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Les interventions que votre structure anime."),
                        containsString("Notre intervention"),
                        not(containsString("Celle des autres")),
                        not(containsString("Enregistrer une demande")))));
        verify(find, never()).sessions();
    }

    @Test
    void a_representative_opening_a_session_of_another_structure_gets_not_found() throws Exception {
        AwarenessSession theirs = session("Celle des autres", TODAY, SessionStatus.DELIVERED, ABEILLES, false);
        when(find.session(theirs.getId(), ATELIER)).thenThrow(new NotYourSession(theirs.getId()));
        when(find.session(theirs.getId(), null)).thenReturn(Optional.of(theirs));

        mvc.perform(get("/awareness/sessions/" + theirs.getId()).with(representativeOf(ATELIER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/awareness/sessions/" + theirs.getId() + "/evaluate").with(representativeOf(ATELIER)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/awareness/sessions/" + theirs.getId() + "/evaluate").with(representativeOf(ATELIER))
                        .with(csrf()).param("version", "0").param("participantsFeedback", "Super"))
                .andExpect(status().isNotFound());
        verify(sessions, never()).evaluate(any());
    }

    @Test
    void a_representative_evaluates_a_session_their_structure_facilitated_but_schedules_nothing() throws Exception {
        AwarenessSession ours = session("Notre intervention", TODAY.minusDays(1), SessionStatus.DELIVERED, ATELIER,
                false);
        when(find.session(ours.getId(), ATELIER)).thenReturn(Optional.of(ours));

        mvc.perform(get("/awareness/sessions/" + ours.getId()).with(representativeOf(ATELIER)).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Notre intervention"), containsString("Évaluer"),
                        not(containsString("Annuler l’intervention")))));
        mvc.perform(post("/awareness/sessions/" + ours.getId() + "/evaluate").with(representativeOf(ATELIER))
                        .with(csrf()).param("version", "0").param("participantsFeedback", "Les jeunes ont adoré"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/awareness/sessions/" + ours.getId()));
        ArgumentCaptor<Evaluate> evaluation = ArgumentCaptor.forClass(Evaluate.class);
        verify(sessions).evaluate(evaluation.capture());
        assertThat(evaluation.getValue().actingFor()).isEqualTo(ATELIER);
        assertThat(evaluation.getValue().evaluation().participantsFeedback()).isEqualTo("Les jeunes ont adoré");

        mvc.perform(get("/awareness/sessions/" + ours.getId() + "/schedule").with(representativeOf(ATELIER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/awareness/sessions/new").with(representativeOf(ATELIER)))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_evaluation_without_anything_written_is_refused_in_french() throws Exception {
        AwarenessSession ours = session("Notre intervention", TODAY.minusDays(1), SessionStatus.DELIVERED, ATELIER,
                false);
        when(find.session(ours.getId(), null)).thenReturn(Optional.of(ours));

        mvc.perform(post("/awareness/sessions/" + ours.getId() + "/evaluate").with(csrf()).param("version", "0")
                        .param("participantsFeedback", " ").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Indiquez les retours des participant·es ou les notes de l’animation.")));
        mvc.perform(post("/awareness/sessions/" + ours.getId() + "/evaluate").with(csrf()).param("version", "0")
                        .param("facilitatorNotes", "x".repeat(5000)).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce texte est trop long.")));
        verify(sessions, never()).evaluate(any());
    }

    @Test
    void a_request_names_a_partner_which_becomes_a_requester() throws Exception {
        UUID partner = UUID.randomUUID();
        RequesterId fromPartner = RequesterId.newId();
        SessionId created = SessionId.newId();
        when(partners.partners()).thenReturn(List.of(new PartnerSummary(new PartnerId(partner), "COMMUNE",
                "Mairie d’Arjuzanx", "40011")));
        when(partnerRequesters.requesterFor(new PartnerId(partner))).thenReturn(fromPartner);
        when(sessions.request(any())).thenReturn(created);

        mvc.perform(get("/awareness/sessions/new").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Lycée de Morcenx"),
                        containsString("value=\"partner:" + partner + "\""), containsString("Mairie d’Arjuzanx"),
                        containsString("Jeunes"), containsString("Nouveau demandeur"))));

        mvc.perform(post("/awareness/sessions").with(csrf()).param("requesterId", "partner:" + partner)
                        .param("title", "L’ESS en mairie").param("date", "2027-01-15")
                        .param("commune", "Morcenx-la-Nouvelle (40110)").param("audiences", "ELECTED_OFFICIALS", "TECHNICIANS")
                        .param("expectedParticipants", "12"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/awareness/sessions/" + created));
        ArgumentCaptor<Request> request = ArgumentCaptor.forClass(Request.class);
        verify(sessions).request(request.capture());
        assertThat(request.getValue()).isEqualTo(new Request(fromPartner, "L’ESS en mairie", LocalDate.of(2027, 1, 15),
                "40197", Set.of(AudienceType.ELECTED_OFFICIALS, AudienceType.TECHNICIANS), 12));
    }

    @Test
    void a_request_with_nonsense_numbers_dates_or_requesters_is_refused_next_to_the_field() throws Exception {
        mvc.perform(post("/awareness/sessions").with(csrf()).param("requesterId", LYCEE.toString())
                        .param("title", "Forum").param("date", "99999-01-01").param("commune", "Morcenx")
                        .param("audiences", "YOUTH").param("expectedParticipants", "99999999999999")
                        .locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Indiquez une date valide, par exemple 12/03/2027."),
                        containsString("Indiquez un nombre entier entre 0 et 10 000."))));

        mvc.perform(post("/awareness/sessions").with(csrf()).param("requesterId", "n’importe quoi")
                        .param("title", "Forum").param("date", "2027-01-01").param("commune", "Morcenx")
                        .param("audiences", "YOUTH").param("expectedParticipants", "12").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce demandeur n’est pas connu.")));

        when(sessions.request(any())).thenThrow(new SessionRuleViolation("expectedParticipants",
                "awareness.session.participants.range"));
        mvc.perform(post("/awareness/sessions").with(csrf()).param("requesterId", LYCEE.toString())
                        .param("title", "Forum").param("date", "2027-01-01").param("commune", "Morcenx")
                        .param("audiences", "YOUTH").param("expectedParticipants", "-3").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Le nombre de participant·es doit être compris entre 0 et 10 000."),
                        containsString("id=\"expectedParticipants-error\""))));
    }

    @Test
    void scheduling_picks_active_members_and_shows_a_change_made_meanwhile() throws Exception {
        AwarenessSession requested = session("Forum", TODAY.plusDays(10), SessionStatus.REQUESTED, null, false);
        when(find.session(requested.getId(), null)).thenReturn(Optional.of(requested));
        when(members.list(ListFacilitatingMembersQuery.activeOnly())).thenReturn(List.of(
                new FacilitatingMemberSummary(ATELIER, "L’Atelier", "Morcenx-la-Nouvelle", true,
                        LocalDate.of(2024, 3, 12), null, null)));

        mvc.perform(get("/awareness/sessions/" + requested.getId() + "/schedule").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Programmer « Forum »"),
                        containsString("L’Atelier"), containsString("facilitators[3].hours"))));

        mvc.perform(post("/awareness/sessions/" + requested.getId() + "/schedule").with(csrf())
                        .param("version", "0").param("date", TODAY.plusDays(10).toString())
                        .param("facilitators[0].memberId", ATELIER.toString())
                        .param("facilitators[0].personName", "Camille Dupin")
                        .param("facilitators[0].personEmail", "camille@atelier.fr")
                        .param("facilitators[0].hours", "deux heures").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez un nombre d’heures, par exemple 2,5.")));

        mvc.perform(post("/awareness/sessions/" + requested.getId() + "/schedule").with(csrf())
                        .param("version", "0").param("date", TODAY.plusDays(10).toString())
                        .param("facilitators[0].memberId", ATELIER.toString())
                        .param("facilitators[0].personName", "Camille Dupin")
                        .param("facilitators[0].personEmail", "camille@atelier.fr")
                        .param("facilitators[0].hours", "2,5"))
                .andExpect(redirectedUrl("/awareness/sessions/" + requested.getId()));
        ArgumentCaptor<Schedule> schedule = ArgumentCaptor.forClass(Schedule.class);
        verify(sessions).schedule(schedule.capture());
        assertThat(schedule.getValue().facilitators()).containsExactly(new SessionsUseCase.Facilitator(ATELIER,
                "Camille Dupin", "camille@atelier.fr", new BigDecimal("2.5")));

        doThrow(new SessionChangedMeanwhile(requested.getId())).when(sessions).schedule(any());
        mvc.perform(post("/awareness/sessions/" + requested.getId() + "/schedule").with(csrf())
                        .param("version", "0").param("date", TODAY.plusDays(10).toString())
                        .param("facilitators[0].memberId", ATELIER.toString())
                        .param("facilitators[0].personName", "Camille Dupin")
                        .param("facilitators[0].personEmail", "camille@atelier.fr")
                        .param("facilitators[0].hours", "2.5").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"changed-meanwhile\""),
                        containsString("Cette intervention a été modifiée entre-temps"))));

        mvc.perform(post("/awareness/sessions/" + requested.getId() + "/schedule").with(csrf())
                        .param("version", "0").param("date", TODAY.plusDays(10).toString())
                        .param("facilitators[0].memberId", "pas-une-structure")
                        .param("facilitators[0].personName", "Camille Dupin").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez une structure membre active du réseau.")));

        // The use case names the lines it received (blank lines skipped): the violation shows on the form's own line.
        doThrow(new SessionRuleViolation("facilitators[0].personEmail",
                "awareness.session.facilitation.personEmail.required")).when(sessions).schedule(any());
        mvc.perform(post("/awareness/sessions/" + requested.getId() + "/schedule").with(csrf())
                        .param("version", "0").param("date", TODAY.plusDays(10).toString())
                        .param("facilitators[1].memberId", ATELIER.toString())
                        .param("facilitators[1].personName", "Camille Dupin")
                        .param("facilitators[1].hours", "2,5").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"facilitators1.personEmail-error\""),
                        containsString("Indiquez le courriel de la personne qui anime."))));
    }

    @Test
    void delivering_offers_the_catalogue_and_refuses_absurd_participant_counts() throws Exception {
        AwarenessSession scheduled = session("Forum", TODAY, SessionStatus.SCHEDULED, ATELIER, false);
        when(find.session(scheduled.getId(), null)).thenReturn(Optional.of(scheduled));

        mvc.perform(post("/awareness/sessions/" + scheduled.getId() + "/deliver").with(csrf()).param("version", "0")
                        .param("actualParticipants", "mille").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez un nombre entier entre 0 et 10 000.")));
        verify(sessions, never()).deliver(any());

        mvc.perform(post("/awareness/sessions/" + scheduled.getId() + "/deliver").with(csrf()).param("version", "0")
                        .param("actualParticipants", "28").param("toolUsed", "Jeu de rôle de l’ESS"))
                .andExpect(redirectedUrl("/awareness/sessions/" + scheduled.getId()));
        verify(sessions).deliver(new Deliver(scheduled.getId(), 0L, 28, "Jeu de rôle de l’ESS"));
    }

    @Test
    void an_upcoming_session_shows_the_open_calls_its_flag_and_its_speakers() throws Exception {
        AwarenessSession flagged = session("Forum", TODAY.plusDays(5), SessionStatus.SCHEDULED, ATELIER, true);
        when(find.session(flagged.getId(), null)).thenReturn(Optional.of(flagged));
        when(calls.stillOpenOn(TODAY.plusDays(5))).thenReturn(List.of(new OpenCallSummary("Incubateur rural",
                "Promotion 2027", TODAY.minusDays(2), LocalDate.of(2027, 1, 31), 8)));
        SpeakerId speaker = new SpeakerId(UUID.randomUUID());
        when(sessionSpeakers.speakersOf(flagged.getId())).thenReturn(List.of(new InvitedSpeaker(speaker,
                "SCIC L’Épicerie qui roule")));

        mvc.perform(get("/awareness/sessions/" + flagged.getId()).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Appels à candidatures ouverts"),
                        containsString("Incubateur rural — Promotion 2027, candidatures jusqu’au 31/01/2027"),
                        containsString("Une structure animatrice de cette intervention a quitté le réseau"),
                        containsString("SCIC L’Épicerie qui roule"),
                        containsString("Camille Dupin"))));
    }

    @Test
    void a_request_plans_a_tool_of_the_catalogue_which_delivery_offers_first() throws Exception {
        SessionId created = SessionId.newId();
        when(tools.toolNames()).thenReturn(List.of("Jeu de rôle de l’ESS"));
        when(sessions.request(any())).thenReturn(created);

        mvc.perform(post("/awareness/sessions").with(csrf()).param("requesterId", LYCEE.toString())
                        .param("title", "Forum").param("date", "2027-01-01").param("commune", "Morcenx")
                        .param("audiences", "YOUTH").param("expectedParticipants", "12")
                        .param("tool", "Un outil inventé").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez un outil du catalogue.")));
        verify(sessions, never()).request(any());

        mvc.perform(post("/awareness/sessions").with(csrf()).param("requesterId", LYCEE.toString())
                        .param("title", "Forum").param("date", "2027-01-01").param("commune", "Morcenx")
                        .param("audiences", "YOUTH").param("expectedParticipants", "12")
                        .param("tool", "Jeu de rôle de l’ESS"))
                .andExpect(redirectedUrl("/awareness/sessions/" + created));
        verify(plannedTools).plan(created, "Jeu de rôle de l’ESS");

        AwarenessSession scheduled = session("Forum", TODAY, SessionStatus.SCHEDULED, ATELIER, false);
        when(find.session(scheduled.getId(), null)).thenReturn(Optional.of(scheduled));
        when(plannedTools.plannedTool(scheduled.getId())).thenReturn(Optional.of("Jeu de rôle de l’ESS"));
        mvc.perform(get("/awareness/sessions/" + scheduled.getId() + "/deliver").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"Jeu de rôle de l’ESS\" selected=\"selected\">")));
    }

    @Test
    void a_coordinator_invites_a_speaker_of_the_pool_and_a_made_up_one_is_refused() throws Exception {
        AwarenessSession requested = session("Forum", TODAY.plusDays(5), SessionStatus.REQUESTED, null, false);
        when(find.session(requested.getId(), null)).thenReturn(Optional.of(requested));
        SpeakerId speaker = new SpeakerId(UUID.randomUUID());
        when(speakers.speakers()).thenReturn(List.of(new fr.ploucs.awareness.testimonies.application.port.in.SpeakerSummary(
                speaker, "SCIC L’Épicerie qui roule", "Épicerie mobile", "SCIC", "40197", 3, TODAY.minusDays(30))));

        mvc.perform(get("/awareness/sessions/" + requested.getId()).locale(Locale.FRENCH))
                .andExpect(content().string(allOf(containsString("Inviter un témoin"),
                        containsString("SCIC L’Épicerie qui roule"))));
        mvc.perform(post("/awareness/sessions/" + requested.getId() + "/speakers").with(csrf())
                        .param("speakerId", speaker.toString()))
                .andExpect(redirectedUrl("/awareness/sessions/" + requested.getId() + "#speakers-title"));
        verify(sessionSpeakers).invite(requested.getId(), speaker);

        doThrow(new SessionRuleViolation("speakerId", "awareness.session.speaker.unknown"))
                .when(sessionSpeakers).invite(requested.getId(), null);
        mvc.perform(post("/awareness/sessions/" + requested.getId() + "/speakers").with(csrf())
                        .param("speakerId", "nimporte").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez un témoin parmi ceux du réseau.")));
    }

    private static RequestPostProcessor representativeOf(MemberId member) {
        return user("alex").authorities(new SimpleGrantedAuthority("ROLE_REPRESENTATIVE"),
                new SimpleGrantedAuthority("MEMBER_" + member.value()));
    }

    private static AwarenessSession session(String title, LocalDate date, SessionStatus status, MemberId facilitator,
                                            boolean needsFacilitator) {
        List<Facilitation> facilitations = facilitator == null ? List.of() : List.of(new Facilitation(
                UUID.randomUUID(), facilitator, "L’Atelier", "Camille Dupin", "camille@atelier.fr",
                new BigDecimal("2.5")));
        boolean delivered = status == SessionStatus.DELIVERED || status == SessionStatus.EVALUATED;
        return new AwarenessSession(SessionId.newId(), LYCEE, title, date, "40197", Set.of(AudienceType.YOUTH), 30,
                delivered ? 28 : null, facilitations, null, status,
                status == SessionStatus.CANCELLED ? "Grève" : null, null, needsFacilitator, 0L);
    }
}
