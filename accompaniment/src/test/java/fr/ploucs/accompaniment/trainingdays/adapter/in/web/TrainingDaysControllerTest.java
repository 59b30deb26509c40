package fr.ploucs.accompaniment.trainingdays.adapter.in.web;

import fr.ploucs.accompaniment.programmes.application.port.in.FindProgrammesQuery;
import fr.ploucs.accompaniment.programmes.application.port.in.FindProgrammesQuery.CohortChoice;
import fr.ploucs.accompaniment.programmes.application.port.in.FindProgrammesQuery.CohortSummary;
import fr.ploucs.accompaniment.programmes.domain.CohortId;
import fr.ploucs.accompaniment.projects.application.port.in.FindProjectsQuery;
import fr.ploucs.accompaniment.projects.application.port.in.FindProjectsQuery.CohortHolder;
import fr.ploucs.accompaniment.trainingdays.application.port.in.TrainingDayChangedMeanwhile;
import fr.ploucs.accompaniment.trainingdays.application.port.in.TrainingDaysUseCase;
import fr.ploucs.accompaniment.trainingdays.application.port.in.TrainingDaysUseCase.HolderAttendance;
import fr.ploucs.accompaniment.trainingdays.application.port.in.TrainingDaysUseCase.PlanDay;
import fr.ploucs.accompaniment.trainingdays.domain.Attendee;
import fr.ploucs.accompaniment.trainingdays.domain.TrainingDay;
import fr.ploucs.accompaniment.trainingdays.domain.TrainingDayId;
import fr.ploucs.accompaniment.trainingdays.domain.TrainingDayRuleViolation;
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
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(TrainingDaysController.class)
@Import(TrainingDaysControllerTest.TestSetup.class)
@WithMockUser(username = "camille", roles = "COORDINATOR")
class TrainingDaysControllerTest {

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

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private TrainingDaysUseCase trainingDays;
    @MockitoBean
    private FindProgrammesQuery programmes;
    @MockitoBean
    private FindProjectsQuery projects;

    private final CohortId cohort = CohortId.newId();
    private final UUID recyclerie = UUID.randomUUID();
    private final CohortHolder lea = new CohortHolder(recyclerie, "La Recyclerie", "Léa Martin");
    private final CohortHolder paul = new CohortHolder(recyclerie, "La Recyclerie", "Paul Durand");
    private final TrainingDay held = new TrainingDay(TrainingDayId.newId(), cohort.value(), "Gouvernance partagée",
            LocalDate.of(2026, 10, 15), "Morcenx", "Anne Petit",
            List.of(new Attendee(recyclerie, "Léa Martin", true), new Attendee(recyclerie, "Paul Durand", false)), 1L);
    private final TrainingDay coming = new TrainingDay(TrainingDayId.newId(), cohort.value(), "Financements",
            LocalDate.of(2026, 12, 10), null, null, List.of(), 0L);

    @BeforeEach
    void theCohort() {
        lenient().when(programmes.cohortSummary(cohort)).thenReturn(Optional.of(new CohortSummary(cohort,
                "Incubateur", "Promotion 2026", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30), 10, 2, false,
                List.of())));
        lenient().when(projects.holdersOf(cohort.value())).thenReturn(List.of(lea, paul));
        lenient().when(trainingDays.daysOf(cohort.value())).thenReturn(List.of(held, coming));
        lenient().when(trainingDays.day(held.getId())).thenReturn(Optional.of(held));
        lenient().when(trainingDays.day(coming.getId())).thenReturn(Optional.of(coming));
    }

    private String days() {
        return "/accompaniment/cohorts/" + cohort + "/training-days";
    }

    @Test
    void the_cohorts_lead_to_their_training_days() throws Exception {
        when(programmes.cohortChoices()).thenReturn(List.of(new CohortChoice(cohort, "Incubateur", "Promotion 2026",
                false)));
        mvc.perform(get("/accompaniment/training-days").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Journées collectives</h1>"),
                        containsString("href=\"" + days() + "\">Incubateur — Promotion 2026</a>"))));
    }

    @Test
    void a_cohort_s_days_show_their_attendance_and_each_holder_s_presence() throws Exception {
        mvc.perform(get(days()).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Journées collectives : Promotion 2026"),
                        containsString("15/10/2026"),
                        containsString("Gouvernance partagée"),
                        containsString("1 présent(s) sur 2"),
                        containsString("Pas encore relevées"),
                        containsString("id=\"training-day-form\""),
                        containsString("Léa Martin"),
                        containsString("/accompaniment/cohorts/" + cohort + "/attendance?project=" + recyclerie
                                + "&amp;holder="))));
    }

    @Test
    void a_coordinator_plans_a_day() throws Exception {
        TrainingDayId id = TrainingDayId.newId();
        when(trainingDays.plan(any())).thenReturn(id);
        mvc.perform(post(days()).with(csrf()).locale(Locale.FRENCH).param("topic", "Comptabilité")
                        .param("heldOn", "2027-01-14").param("place", "Mont-de-Marsan").param("trainer", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(days() + "/" + id))
                .andExpect(flash().attribute("confirmation", "training-day.planned"));
        verify(trainingDays).plan(new PlanDay(cohort.value(), "Comptabilité", LocalDate.of(2027, 1, 14),
                "Mont-de-Marsan", ""));
    }

    @Test
    void a_day_the_rules_refuse_or_badly_typed_comes_back_with_a_french_message_next_to_its_field() throws Exception {
        when(trainingDays.plan(any())).thenThrow(new TrainingDayRuleViolation("heldOn",
                "training-day.held-on.outside-cohort"));
        mvc.perform(post(days()).with(csrf()).locale(Locale.FRENCH).param("topic", "Comptabilité")
                        .param("heldOn", "0001-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"heldOn-error\""),
                        containsString("La journée doit avoir lieu pendant l’année de la promotion."),
                        containsString("value=\"Comptabilit&eacute;\""))));

        mvc.perform(post(days()).with(csrf()).locale(Locale.FRENCH).param("topic", "x".repeat(300))
                        .param("heldOn", "999999999-99-99"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"topic-error\""),
                        containsString("Ce texte est trop long (200 caractères au plus)."),
                        containsString("id=\"heldOn-error\""),
                        containsString("Saisissez une date valide."))));
    }

    @Test
    void attendance_is_ticked_per_holder_of_the_cohort_s_projects() throws Exception {
        mvc.perform(get(days() + "/" + held.getId()).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Gouvernance partagée</h1>"),
                        containsString("Léa Martin (La Recyclerie)"),
                        containsString("Paul Durand (La Recyclerie)"),
                        containsString("value=\"" + recyclerie + ":Léa Martin\" id=\"present1\" name=\"present\" checked=\"checked\""),
                        containsString("value=\"" + recyclerie + ":Paul Durand\" id=\"present2\" name=\"present\">"),
                        containsString("name=\"version\" value=\"1\""))));

        mvc.perform(post(days() + "/" + held.getId() + "/attendance").with(csrf()).locale(Locale.FRENCH)
                        .param("version", "1").param("present", recyclerie + ":Paul Durand"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("confirmation", "training-day.attendance.recorded"));
        verify(trainingDays).recordAttendance(held.getId(), 1L, Set.of(recyclerie + ":Paul Durand"));
    }

    @Test
    void attendance_waits_for_the_day_and_a_stale_form_is_refused() throws Exception {
        mvc.perform(get(days() + "/" + coming.getId()).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Les présences se relèvent une fois la journée arrivée."),
                        not(containsString("id=\"attendance-form\"")))));

        doThrow(new TrainingDayChangedMeanwhile(held.getId())).when(trainingDays).recordAttendance(any(), any(),
                any());
        mvc.perform(post(days() + "/" + held.getId() + "/attendance").with(csrf()).locale(Locale.FRENCH)
                        .param("version", "0").param("present", recyclerie + ":Léa Martin"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"changed-meanwhile\""),
                        containsString("Quelqu’un d’autre a relevé les présences de cette journée"))));

        mvc.perform(post(days() + "/" + held.getId() + "/attendance").with(csrf()).locale(Locale.FRENCH)
                        .param("version", "pas-un-nombre"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"changed-meanwhile\"")));
    }

    @Test
    void a_holder_s_attendance_record_lists_every_day_of_the_cohort() throws Exception {
        when(trainingDays.attendanceOf(recyclerie, "Léa Martin")).thenReturn(List.of(
                new HolderAttendance(held.getId(), "Gouvernance partagée", held.getHeldOn(), true),
                new HolderAttendance(coming.getId(), "Financements", coming.getHeldOn(), null)));
        mvc.perform(get("/accompaniment/cohorts/" + cohort + "/attendance").param("project", recyclerie.toString())
                        .param("holder", "Léa Martin").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Assiduité de Léa Martin</h1>"),
                        containsString("Présence à 1 journée(s) sur 1 dont les présences sont relevées."),
                        containsString("Présent·e"),
                        containsString("Pas encore relevées"))));

        mvc.perform(get("/accompaniment/cohorts/" + cohort + "/attendance").param("project", recyclerie.toString())
                        .param("holder", "Quelqu’un d’autre"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/accompaniment/cohorts/" + cohort + "/attendance").param("project", "pas-un-id")
                        .param("holder", "Léa Martin"))
                .andExpect(status().isNotFound());
    }

    @Test
    void unknown_or_malformed_ids_are_not_found() throws Exception {
        mvc.perform(get("/accompaniment/cohorts/pas-un-id/training-days")).andExpect(status().isNotFound());
        mvc.perform(get("/accompaniment/cohorts/" + UUID.randomUUID() + "/training-days"))
                .andExpect(status().isNotFound());
        mvc.perform(get(days() + "/" + UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get(days() + "/zzz")).andExpect(status().isNotFound());
        mvc.perform(post(days() + "/" + UUID.randomUUID() + "/attendance").with(csrf()).param("version", "0"))
                .andExpect(status().isNotFound());
        verify(trainingDays, never()).recordAttendance(any(), any(), any());
    }

    @Test
    @WithMockUser(username = "rep", roles = "REPRESENTATIVE")
    void representatives_are_refused() throws Exception {
        mvc.perform(get(days())).andExpect(status().isForbidden());
        mvc.perform(get("/accompaniment/training-days")).andExpect(status().isForbidden());
    }
}
