package fr.ploucs.accompaniment.applications.adapter.in.web;

import fr.ploucs.accompaniment.applications.application.port.in.FindApplicationsQuery;
import fr.ploucs.accompaniment.applications.application.port.in.FindApplicationsQuery.ApplicationLine;
import fr.ploucs.accompaniment.applications.application.port.in.LeadsUseCase;
import fr.ploucs.accompaniment.applications.application.port.in.LeadsUseCase.RecordLead;
import fr.ploucs.accompaniment.applications.application.port.in.SelectionChangedMeanwhile;
import fr.ploucs.accompaniment.applications.application.port.in.SelectionUseCase;
import fr.ploucs.accompaniment.applications.application.port.in.SelectionUseCase.Apply;
import fr.ploucs.accompaniment.applications.application.port.in.SelectionUseCase.Decide;
import fr.ploucs.accompaniment.applications.application.port.in.SelectionUseCase.Score;
import fr.ploucs.accompaniment.applications.domain.Application;
import fr.ploucs.accompaniment.applications.domain.ApplicationId;
import fr.ploucs.accompaniment.applications.domain.Decision;
import fr.ploucs.accompaniment.applications.domain.Lead;
import fr.ploucs.accompaniment.applications.domain.LeadId;
import fr.ploucs.accompaniment.applications.domain.LeadSource;
import fr.ploucs.accompaniment.applications.domain.LeadStatus;
import fr.ploucs.accompaniment.applications.domain.SelectionRuleViolation;
import fr.ploucs.accompaniment.programmes.application.port.in.FindProgrammesQuery;
import fr.ploucs.accompaniment.programmes.application.port.in.FindProgrammesQuery.CohortChoice;
import fr.ploucs.accompaniment.programmes.application.port.in.FindProgrammesQuery.CohortSummary;
import fr.ploucs.accompaniment.programmes.domain.CohortId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
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

/** Leads, applications and the jury's page, with the real layout and fields; the use cases are mocks. */
@WebMvcTest({ApplicationsController.class, LeadsController.class})
@Import(ApplicationsPagesTest.TestSetup.class)
@WithMockUser(username = "camille", roles = "COORDINATOR")
class ApplicationsPagesTest {

    static final Instant NOW = Instant.parse("2026-07-07T10:00:00Z");
    static final List<String> CRITERIA = List.of("Utilité sociale", "Dimension collective", "Ancrage local");

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
    private SelectionUseCase selection;
    @MockitoBean
    private LeadsUseCase leads;
    @MockitoBean
    private FindApplicationsQuery find;
    @MockitoBean
    private FindProgrammesQuery programmes;

    private final CohortId open = CohortId.newId();
    private final CohortId planned = CohortId.newId();
    private final Lead fromWorkshop = new Lead(LeadId.newId(), LeadSource.SURFACED_IDEA, UUID.randomUUID(),
            "Une épicerie itinérante", "Dans les villages du Pays Morcenais", "Atelier ESS du collège", "Camille",
            "06 12 34 56 78", "40197", LocalDate.of(2026, 3, 12), LeadStatus.OPEN, 0L);
    private final Lead byHand = new Lead(LeadId.newId(), LeadSource.BY_HAND, null, "Un garage solidaire", null, null,
            "Sam", null, null, LocalDate.of(2026, 4, 2), LeadStatus.OPEN, 1L);
    private final Application pending = new Application(ApplicationId.newId(), open.value(), fromWorkshop.getId(),
            "Épicerie itinérante", "Dans les villages", "Camille\nLou", "40197", LocalDate.of(2026, 6, 2),
            Map.of("Utilité sociale", 4, "Dimension collective", 5, "Ancrage local", 3), Decision.PENDING, null, null,
            null, 4L);

    @BeforeEach
    void theCohortsAndApplications() {
        lenient().when(programmes.cohortChoices()).thenReturn(List.of(
                new CohortChoice(open, "Incubateur", "Promotion 2026-2027", true),
                new CohortChoice(planned, "Entreprendre la ruralité", "Promotion 2027-2028", false)));
        lenient().when(programmes.cohortSummary(open)).thenReturn(Optional.of(new CohortSummary(open, "Incubateur",
                "Promotion 2026-2027", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30), 10, 10, true,
                CRITERIA)));
        lenient().when(find.openLeads()).thenReturn(List.of(fromWorkshop, byHand));
        lenient().when(find.lead(any())).thenReturn(Optional.empty());
        lenient().when(find.lead(fromWorkshop.getId())).thenReturn(Optional.of(fromWorkshop));
        lenient().when(find.application(any())).thenReturn(Optional.empty());
        lenient().when(find.application(pending.getId())).thenReturn(Optional.of(pending));
    }

    @Test
    void the_applications_to_decide_are_one_filter_away() throws Exception {
        ApplicationId declined = ApplicationId.newId();
        when(find.applicationsOf(open.value())).thenReturn(List.of(
                new ApplicationLine(pending.getId(), "Épicerie itinérante", "Camille", LocalDate.of(2026, 6, 2),
                        Decision.PENDING, 12, 3, null),
                new ApplicationLine(declined, "Garage solidaire", "Sam", LocalDate.of(2026, 6, 3),
                        Decision.DECLINED, 4, 3, null)));
        when(find.awaitingDecision()).thenReturn(1);

        mvc.perform(get("/accompaniment/applications").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<title>Candidatures · PLOUCS</title>"),
                        containsString("href=\"/accompaniment/applications?decision=PENDING\">1 candidature à décider</a>"),
                        containsString("2 candidatures"),
                        containsString("Garage solidaire"))));

        mvc.perform(get("/accompaniment/applications").param("decision", "PENDING").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<option value=\"PENDING\" selected=\"selected\">À décider</option>"),
                        containsString("href=\"/accompaniment/applications/" + pending.getId() + "\">Épicerie itinérante</a>"),
                        containsString("Incubateur · Promotion 2026-2027"),
                        not(containsString("Garage solidaire")))));

        mvc.perform(get("/accompaniment/applications").param("decision", "MAYBE")).andExpect(status().isBadRequest());
        mvc.perform(get("/accompaniment/applications").param("cohort", "pas-un-uuid")).andExpect(status().isBadRequest());
    }

    @Test
    void leads_show_where_they_come_from_and_turn_into_applications() throws Exception {
        mvc.perform(get("/accompaniment/leads").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("2 pistes en attente"),
                        containsString("Atelier de sensibilisation"),
                        containsString("Atelier ESS du collège"),
                        containsString("Saisie à la main"),
                        containsString("href=\"/accompaniment/applications/new?lead=" + fromWorkshop.getId() + "\""))));

        mvc.perform(get("/accompaniment/applications/new").param("lead", fromWorkshop.getId().toString())
                        .locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("À partir de la piste « Une épicerie itinérante »"),
                        containsString("value=\"Une épicerie itinérante\"".replace("é", "&eacute;")),
                        containsString("<option value=\"" + open.value() + "\">Incubateur · Promotion 2026-2027</option>"),
                        not(containsString("Promotion 2027-2028")))));

        ApplicationId created = ApplicationId.newId();
        when(selection.apply(any())).thenReturn(created);
        mvc.perform(post("/accompaniment/applications").with(csrf()).locale(Locale.FRENCH)
                        .param("cohortId", open.value().toString()).param("leadId", fromWorkshop.getId().toString())
                        .param("projectTitle", "Épicerie itinérante").param("summary", "")
                        .param("holders", "Camille\r\nLou").param("communeCode", "40197"))
                .andExpect(redirectedUrl("/accompaniment/applications/" + created));
        verify(selection).apply(new Apply(open.value(), fromWorkshop.getId(), "Épicerie itinérante", "",
                "Camille\r\nLou", "40197"));
    }

    @Test
    void an_application_needs_a_cohort_whose_call_is_open() throws Exception {
        mvc.perform(post("/accompaniment/applications").with(csrf()).locale(Locale.FRENCH)
                        .param("projectTitle", "Ressourcerie").param("holders", "Lou"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<p class=\"field-error\" id=\"cohortId-error\">Choisissez la promotion à laquelle le projet candidate.</p>")));
        mvc.perform(post("/accompaniment/applications").with(csrf()).locale(Locale.FRENCH)
                        .param("cohortId", "n-importe-quoi").param("projectTitle", "Ressourcerie"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<p class=\"field-error\" id=\"cohortId-error\">Choisissez une promotion dans la liste.</p>")));
        when(selection.apply(any())).thenThrow(new SelectionRuleViolation("cohortId", "application.cohort.call-not-open"));
        mvc.perform(post("/accompaniment/applications").with(csrf()).locale(Locale.FRENCH)
                        .param("cohortId", planned.value().toString()).param("projectTitle", "Ressourcerie")
                        .param("holders", "Lou"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("L’appel à candidatures de cette promotion n’est pas ouvert."),
                        containsString("value=\"Ressourcerie\""))));
    }

    @Test
    void a_lead_is_recorded_by_hand_and_the_domain_refusals_show_next_to_the_fields() throws Exception {
        when(leads.record(any())).thenAnswer(call -> {
            RecordLead command = call.getArgument(0);
            return Lead.byHand(LeadId.newId(), command.title(), command.description(), command.contactName(),
                    command.contact(), command.communeCode(), LocalDate.of(2026, 7, 7)).getId();
        });

        mvc.perform(post("/accompaniment/leads").with(csrf()).locale(Locale.FRENCH)
                        .param("title", "").param("contactName", "Sam"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<p class=\"field-error\" id=\"title-error\">Indiquez l’idée de projet.</p>")));
        mvc.perform(post("/accompaniment/leads").with(csrf()).locale(Locale.FRENCH)
                        .param("title", "Garage").param("contactName", "S".repeat(300)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<p class=\"field-error\" id=\"contactName-error\">Le nom ne peut pas dépasser 200 caractères.</p>")));
        mvc.perform(post("/accompaniment/leads").with(csrf()).locale(Locale.FRENCH)
                        .param("title", "Garage solidaire").param("contactName", "Sam"))
                .andExpect(redirectedUrl("/accompaniment/leads"))
                .andExpect(flash().attribute("confirmation", "lead.recorded"));

        mvc.perform(post("/accompaniment/leads/" + fromWorkshop.getId() + "/dismiss").with(csrf()).param("version", "0"))
                .andExpect(redirectedUrl("/accompaniment/leads"));
        verify(leads).dismiss(fromWorkshop.getId(), 0L);
        mvc.perform(post("/accompaniment/leads/" + UUID.randomUUID() + "/dismiss").with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_jury_scores_each_criterion_and_out_of_range_scores_are_refused_next_to_them() throws Exception {
        mvc.perform(get("/accompaniment/applications/" + pending.getId()).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Épicerie itinérante</h1>"),
                        containsString("<label for=\"score-0\">Utilité sociale"),
                        containsString("name=\"scores[2]\" value=\"3\""),
                        containsString("Total : 12 sur 15"),
                        containsString("Places libres dans la promotion : 0 sur 10."),
                        containsString("Admettre dans la promotion"))));

        doAnswer(call -> {
            Score command = call.getArgument(0);
            new Application(pending.getId(), open.value(), null, "T", null, "H", null, LocalDate.of(2026, 6, 2),
                    Map.of(), Decision.PENDING, null, null, null, 4L).score(CRITERIA, command.scores());
            return null;
        }).when(selection).score(any());
        mvc.perform(post("/accompaniment/applications/" + pending.getId() + "/scores").with(csrf())
                        .locale(Locale.FRENCH).param("scores[0]", "9").param("scores[1]", "2").param("scores[2]", "1")
                        .param("version", "4"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<p class=\"field-error\" id=\"scores-error\">Chaque note va de 0 à 5.</p>"),
                        containsString("value=\"9\""))));
        mvc.perform(post("/accompaniment/applications/" + pending.getId() + "/scores").with(csrf())
                        .locale(Locale.FRENCH).param("scores[0]", "beaucoup").param("scores[1]", "2")
                        .param("scores[2]", "1").param("version", "4"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez une note entière de 0 à 5.")));
        mvc.perform(post("/accompaniment/applications/" + pending.getId() + "/scores").with(csrf())
                        .locale(Locale.FRENCH).param("scores[0]", "4").param("scores[1]", "2").param("scores[2]", "1")
                        .param("version", "4"))
                .andExpect(redirectedUrl("/accompaniment/applications/" + pending.getId() + "#decision"));
        verify(selection).score(new Score(pending.getId(), 4L,
                Map.of("Utilité sociale", 4, "Dimension collective", 2, "Ancrage local", 1)));
    }

    @Test
    void the_eleventh_admission_to_a_cohort_of_ten_is_refused_on_the_page_in_french() throws Exception {
        when(selection.admit(any())).thenThrow(new SelectionRuleViolation(null, "application.cohort.full"));

        mvc.perform(post("/accompaniment/applications/" + pending.getId() + "/decision").with(csrf())
                        .locale(Locale.FRENCH).param("outcome", "ADMIT").param("reasons", "Projet solide")
                        .param("version", "4"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"decision-form-errors\""),
                        containsString("La promotion est complète : toutes ses places sont prises, cette candidature ne peut pas être admise."),
                        containsString("Projet solide"))));
    }

    @Test
    void an_admitted_application_links_to_its_project_and_a_declined_one_shows_the_reasons() throws Exception {
        UUID project = UUID.randomUUID();
        when(selection.admit(any())).thenReturn(project);
        mvc.perform(post("/accompaniment/applications/" + pending.getId() + "/decision").with(csrf())
                        .param("outcome", "ADMIT").param("reasons", "Projet solide").param("version", "4"))
                .andExpect(redirectedUrl("/accompaniment/applications/" + pending.getId()))
                .andExpect(flash().attribute("confirmation", "application.admitted"));
        verify(selection).admit(new Decide(pending.getId(), 4L, "Projet solide"));

        Application admitted = new Application(ApplicationId.newId(), open.value(), null, "Ressourcerie", null,
                "Lou", null, LocalDate.of(2026, 6, 1), Map.of("Utilité sociale", 4, "Dimension collective", 5,
                "Ancrage local", 3), Decision.ADMITTED, "Un collectif solide", LocalDate.of(2026, 7, 7), project, 5L);
        when(find.application(admitted.getId())).thenReturn(Optional.of(admitted));
        mvc.perform(get("/accompaniment/applications/" + admitted.getId()).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("href=\"/accompaniment/projects/" + project + "\">ouvrir la fiche du projet</a>"),
                        containsString("Un collectif solide"),
                        containsString("07/07/2026"),
                        not(containsString("id=\"decision-form\"")),
                        not(containsString("id=\"score-form\"")))));
    }

    @Test
    void a_decision_needs_an_outcome_and_reasons_and_a_stale_one_is_not_saved() throws Exception {
        mvc.perform(post("/accompaniment/applications/" + pending.getId() + "/decision").with(csrf())
                        .locale(Locale.FRENCH).param("reasons", "").param("version", "4"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez d’admettre ou de refuser la candidature.")));
        verify(selection, never()).admit(any());

        doThrow(new SelectionRuleViolation("reasons", "application.reasons.required")).when(selection).decline(any());
        mvc.perform(post("/accompaniment/applications/" + pending.getId() + "/decision").with(csrf())
                        .locale(Locale.FRENCH).param("outcome", "DECLINE").param("reasons", " ").param("version", "4"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<p class=\"field-error\" id=\"reasons-error\">Indiquez les motifs du jury.</p>")));

        doThrow(new SelectionChangedMeanwhile(pending.getId())).when(selection).decline(any());
        mvc.perform(post("/accompaniment/applications/" + pending.getId() + "/decision").with(csrf())
                        .locale(Locale.FRENCH).param("outcome", "DECLINE").param("reasons", "Trop tôt")
                        .param("version", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"changed-meanwhile\""),
                        containsString("Trop tôt".replace("ô", "&ocirc;")))));
    }

    @Test
    void unknown_applications_and_leads_give_the_404_page() throws Exception {
        mvc.perform(get("/accompaniment/applications/" + UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get("/accompaniment/applications/new").param("lead", UUID.randomUUID().toString()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/accompaniment/applications/" + UUID.randomUUID() + "/decision").with(csrf())
                .param("outcome", "ADMIT").param("reasons", "x")).andExpect(status().isNotFound());
        mvc.perform(get("/accompaniment/applications/pas-un-uuid")).andExpect(status().isBadRequest());
    }

    @Test
    @WithMockUser(username = "lou", roles = "REPRESENTATIVE")
    void representatives_are_refused() throws Exception {
        mvc.perform(get("/accompaniment/applications")).andExpect(status().isForbidden());
        mvc.perform(get("/accompaniment/leads")).andExpect(status().isForbidden());
        mvc.perform(post("/accompaniment/applications/" + pending.getId() + "/decision").with(csrf())
                .param("outcome", "ADMIT").param("reasons", "x")).andExpect(status().isForbidden());
        verifyNoInteractions(selection);
    }
}
