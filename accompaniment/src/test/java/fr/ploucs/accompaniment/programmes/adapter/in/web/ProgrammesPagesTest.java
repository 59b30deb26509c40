package fr.ploucs.accompaniment.programmes.adapter.in.web;

import fr.ploucs.accompaniment.applications.application.port.in.FindApplicationsQuery;
import fr.ploucs.accompaniment.applications.application.port.in.FindApplicationsQuery.ApplicationLine;
import fr.ploucs.accompaniment.applications.domain.ApplicationId;
import fr.ploucs.accompaniment.applications.domain.Decision;
import fr.ploucs.accompaniment.budget.application.port.in.CoachingBudgetUseCase;
import fr.ploucs.accompaniment.budget.domain.CoachingBudget;
import fr.ploucs.accompaniment.programmes.application.port.in.FindProgrammesQuery;
import fr.ploucs.accompaniment.programmes.application.port.in.FindProgrammesQuery.CohortSummary;
import fr.ploucs.accompaniment.programmes.application.port.in.ManageProgrammesUseCase;
import fr.ploucs.accompaniment.programmes.application.port.in.ManageProgrammesUseCase.CreateProgramme;
import fr.ploucs.accompaniment.programmes.application.port.in.ManageProgrammesUseCase.PlanCohort;
import fr.ploucs.accompaniment.programmes.application.port.in.ProgrammeChangedMeanwhile;
import fr.ploucs.accompaniment.programmes.domain.CallForApplications;
import fr.ploucs.accompaniment.programmes.domain.CallStatus;
import fr.ploucs.accompaniment.programmes.domain.Cohort;
import fr.ploucs.accompaniment.programmes.domain.CohortId;
import fr.ploucs.accompaniment.programmes.domain.Programme;
import fr.ploucs.accompaniment.programmes.domain.ProgrammeId;
import fr.ploucs.accompaniment.programmes.domain.ProgrammeRuleViolation;
import fr.ploucs.accompaniment.shared.adapter.in.web.CohortPageSection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.stereotype.Controller;
import fr.ploucs.accompaniment.budget.domain.BudgetRuleViolation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The programmes and cohorts pages with the real layout and fields, and the cohort's page with the real sections of
 * the applications and budget features; the use cases are mocks, some answering with the real domain's rules.
 */
@WebMvcTest({ProgrammesController.class, CohortsController.class})
@Import({CohortPage.class, ProgrammesPagesTest.TestSetup.class})
@WithMockUser(username = "camille", roles = "COORDINATOR")
class ProgrammesPagesTest {

    /** Thursday 26 November 2026 in Paris. */
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @TestConfiguration
    @EnableMethodSecurity
    @ComponentScan(basePackages = "fr.ploucs.accompaniment", useDefaultFilters = false,
            includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = CohortPageSection.class))
    // The budget feature's controller answers on the cohort's page.
    @ComponentScan(basePackages = "fr.ploucs.accompaniment.budget.adapter.in.web", useDefaultFilters = false,
            includeFilters = @ComponentScan.Filter(Controller.class))
    static class TestSetup {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneId.of("Europe/Paris"));
        }
    }

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private ManageProgrammesUseCase manage;
    @MockitoBean
    private FindProgrammesQuery find;
    @MockitoBean
    private FindApplicationsQuery applications;
    @MockitoBean
    private CoachingBudgetUseCase budgets;

    private final Programme incubator = new Programme(ProgrammeId.newId(), "Incubateur", "L’incubateur de l’année",
            List.of("Analyse des besoins", "Modèle économique"), 3L);
    private final Cohort promotion = new Cohort(CohortId.newId(), incubator.getId(), "Promotion 2026-2027",
            LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30), 10, 3,
            new CallForApplications(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 7),
                    List.of("Utilité sociale", "Dimension collective")), CallStatus.OPEN, 7L);

    @BeforeEach
    void theProgrammes() {
        lenient().when(find.programmes()).thenReturn(List.of(incubator));
        lenient().when(find.programme(incubator.getId())).thenReturn(Optional.of(incubator));
        lenient().when(find.programme(any())).thenAnswer(call -> incubator.getId().equals(call.getArgument(0))
                ? Optional.of(incubator) : Optional.empty());
        lenient().when(find.cohort(any())).thenAnswer(call -> promotion.getId().equals(call.getArgument(0))
                ? Optional.of(promotion) : Optional.empty());
        lenient().when(find.cohortsOf(incubator.getId())).thenReturn(List.of(promotion));
        lenient().when(find.cohortSummary(promotion.getId())).thenReturn(Optional.of(new CohortSummary(
                promotion.getId(), "Incubateur", promotion.getName(), promotion.getStartsOn(), promotion.getEndsOn(),
                10, 3, true, promotion.getCall().criteria())));
        lenient().when(budgets.budgetOf(any())).thenReturn(new CoachingBudget(BigDecimal.ZERO, BigDecimal.ZERO));
        lenient().when(budgets.unallocatedHours()).thenReturn(new BigDecimal("300"));
        // The real rules answer, so that what the domain refuses shows on the page as it would.
        lenient().when(manage.create(any())).thenAnswer(call -> {
            CreateProgramme command = call.getArgument(0);
            return Programme.create(ProgrammeId.newId(), command.name(), command.description(), command.milestones())
                    .getId();
        });
        lenient().when(manage.plan(any())).thenAnswer(call -> {
            PlanCohort command = call.getArgument(0);
            return Cohort.plan(CohortId.newId(), command.programmeId(), command.name(), command.startsOn(),
                    command.endsOn(), command.capacity()).getId();
        });
    }

    @Test
    void the_list_shows_each_programme_with_its_cohorts_in_french() throws Exception {
        mvc.perform(get("/accompaniment/programmes").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<title>Programmes · PLOUCS</title>"),
                        containsString("1 programme"),
                        containsString("href=\"/accompaniment/programmes/" + incubator.getId() + "\">Incubateur</a>"),
                        containsString("Créer un programme"))));
    }

    @Test
    void the_programme_page_lists_its_milestones_and_cohorts() throws Exception {
        mvc.perform(get("/accompaniment/programmes/" + incubator.getId()).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Incubateur</h1>"),
                        containsString("<li>Analyse des besoins</li>"),
                        containsString("href=\"/accompaniment/cohorts/" + promotion.getId() + "\">Promotion 2026-2027</a>"),
                        containsString("du 01/09/2026 au 30/06/2027"),
                        containsString("3 / 10"),
                        containsString("Ouvert"))));
    }

    @Test
    void unknown_ids_give_the_404_page_and_a_bad_id_is_no_server_error() throws Exception {
        mvc.perform(get("/accompaniment/programmes/" + UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get("/accompaniment/cohorts/" + UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get("/accompaniment/cohorts/" + UUID.randomUUID() + "/edit")).andExpect(status().isNotFound());
        mvc.perform(get("/accompaniment/programmes/pas-un-uuid")).andExpect(status().isBadRequest());
        mvc.perform(get("/accompaniment/cohorts/12345")).andExpect(status().isBadRequest());
    }

    @Test
    void a_new_programme_is_created_with_its_milestones_one_per_line() throws Exception {
        mvc.perform(post("/accompaniment/programmes").with(csrf()).locale(Locale.FRENCH)
                        .param("name", "Entreprendre la ruralité").param("description", "À Morcenx")
                        .param("milestones", "Analyse des besoins\r\nModèle économique\r\n"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("confirmation", "programme.created"));
        verify(manage).create(new CreateProgramme("Entreprendre la ruralité", "À Morcenx",
                List.of("Analyse des besoins", "Modèle économique")));
    }

    @Test
    void a_blank_or_too_long_name_is_refused_next_to_the_field_in_french() throws Exception {
        mvc.perform(post("/accompaniment/programmes").with(csrf()).locale(Locale.FRENCH)
                        .param("name", "  ").param("description", "Gardée"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"form-errors\""),
                        containsString("<p class=\"field-error\" id=\"name-error\">Indiquez le nom du programme.</p>"),
                        containsString("Gard&eacute;e"))));
        mvc.perform(post("/accompaniment/programmes").with(csrf()).locale(Locale.FRENCH)
                        .param("name", "x".repeat(100_000)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<p class=\"field-error\" id=\"name-error\">Le nom du programme ne peut pas dépasser 120 caractères.</p>")));
        mvc.perform(post("/accompaniment/programmes").with(csrf()).locale(Locale.FRENCH)
                        .param("name", "Incubateur").param("milestones", "Jalon\nJalon"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<p class=\"field-error\" id=\"milestones-error\">Un même jalon figure deux fois")));
    }

    @Test
    void editing_a_programme_someone_changed_meanwhile_keeps_what_was_typed_and_says_so() throws Exception {
        doThrow(new ProgrammeChangedMeanwhile(incubator.getId())).when(manage).describe(any());

        mvc.perform(post("/accompaniment/programmes/" + incubator.getId()).with(csrf()).locale(Locale.FRENCH)
                        .param("name", "Incubateur rural").param("version", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"changed-meanwhile\""),
                        containsString("Quelqu’un d’autre a modifié cette fiche"),
                        containsString("value=\"Incubateur rural\""))));
    }

    @Test
    void a_cohort_is_planned_for_a_programme_with_its_calendar_and_capacity() throws Exception {
        mvc.perform(get("/accompaniment/programmes/" + incubator.getId() + "/cohorts/new").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("value=\"Promotion 2026-2027\""),
                        containsString("value=\"2026-09-01\""),
                        containsString("<label for=\"capacity\">Capacité"))));

        mvc.perform(post("/accompaniment/programmes/" + incubator.getId() + "/cohorts").with(csrf())
                        .locale(Locale.FRENCH).param("name", "Promotion 2027-2028").param("startsOn", "2027-09-01")
                        .param("endsOn", "2028-06-30").param("capacity", "10"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("confirmation", "cohort.planned"));
        verify(manage).plan(new PlanCohort(incubator.getId(), "Promotion 2027-2028", LocalDate.of(2027, 9, 1),
                LocalDate.of(2028, 6, 30), 10));
    }

    @Test
    void dates_and_capacities_far_out_of_range_are_refused_next_to_their_field() throws Exception {
        String planCohort = "/accompaniment/programmes/" + incubator.getId() + "/cohorts";
        mvc.perform(post(planCohort).with(csrf()).locale(Locale.FRENCH).param("name", "P")
                        .param("startsOn", "999999999-01-01").param("endsOn", "2028-06-30").param("capacity", "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<p class=\"field-error\" id=\"startsOn-error\">Indiquez une date valide, par exemple 01/09/2026.</p>"),
                        containsString("value=\"999999999-01-01\""))));
        mvc.perform(post(planCohort).with(csrf()).locale(Locale.FRENCH).param("name", "P")
                        .param("startsOn", "+999999999-01-01").param("endsOn", "2028-06-30").param("capacity", "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"startsOn-error\"")));
        mvc.perform(post(planCohort).with(csrf()).locale(Locale.FRENCH).param("name", "P")
                        .param("startsOn", "0001-01-01").param("endsOn", "2028-06-30").param("capacity", "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<p class=\"field-error\" id=\"startsOn-error\">Indiquez une date entre l’an 2000 et l’an 2100.</p>")));
        mvc.perform(post(planCohort).with(csrf()).locale(Locale.FRENCH).param("name", "P")
                        .param("startsOn", "2027-09-01").param("endsOn", "2028-06-30").param("capacity", "-3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<p class=\"field-error\" id=\"capacity-error\">La capacité va de 1 à 100 projets.</p>")));
        mvc.perform(post(planCohort).with(csrf()).locale(Locale.FRENCH).param("name", "P")
                        .param("startsOn", "2027-09-01").param("endsOn", "2028-06-30").param("capacity", "99999999999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<p class=\"field-error\" id=\"capacity-error\">Indiquez un nombre entier de projets, de 1 à 100.</p>")));
        mvc.perform(post(planCohort).with(csrf()).locale(Locale.FRENCH).param("name", "P")
                        .param("startsOn", "2027-09-01").param("endsOn", "2028-06-30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<p class=\"field-error\" id=\"capacity-error\">Indiquez le nombre de projets que la promotion peut admettre.</p>")));
        mvc.perform(post(planCohort).with(csrf()).locale(Locale.FRENCH).param("name", "P".repeat(5000))
                        .param("startsOn", "2027-09-01").param("endsOn", "2028-06-30").param("capacity", "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<p class=\"field-error\" id=\"name-error\">Le nom de la promotion ne peut pas dépasser 120 caractères.</p>")));
    }

    @Test
    void a_cohort_changed_meanwhile_is_not_overwritten() throws Exception {
        doThrow(new ProgrammeChangedMeanwhile(promotion.getId())).when(manage).replan(any());

        mvc.perform(post("/accompaniment/cohorts/" + promotion.getId()).with(csrf()).locale(Locale.FRENCH)
                        .param("name", "Promotion renommée").param("startsOn", "2026-09-01")
                        .param("endsOn", "2027-06-30").param("capacity", "12").param("version", "6"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"changed-meanwhile\""),
                        containsString("href=\"/accompaniment/cohorts/" + promotion.getId() + "\""),
                        containsString("value=\"Promotion renomm&eacute;e\""))));
    }

    @Test
    void the_call_is_defined_then_opened_and_a_refusal_comes_back_on_the_cohort_page() throws Exception {
        mvc.perform(post("/accompaniment/cohorts/" + promotion.getId() + "/call").with(csrf()).locale(Locale.FRENCH)
                        .param("callOpensOn", "2026-05-01").param("callClosesOn", "2026-04-01")
                        .param("criteria", "Utilité sociale").param("version", "7"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<p class=\"field-error\" id=\"callClosesOn-error\">L’appel doit se clore après avoir ouvert.</p>")));
        mvc.perform(post("/accompaniment/cohorts/" + promotion.getId() + "/call").with(csrf()).locale(Locale.FRENCH)
                        .param("callOpensOn", "2026-05-01").param("callClosesOn", "2026-06-30")
                        .param("criteria", "\n \n").param("version", "7"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<p class=\"field-error\" id=\"criteria-error\">Indiquez au moins un critère, un par ligne.</p>")));

        mvc.perform(post("/accompaniment/cohorts/" + promotion.getId() + "/call/open").with(csrf())
                        .param("version", "7"))
                .andExpect(redirectedUrl("/accompaniment/cohorts/" + promotion.getId()))
                .andExpect(flash().attribute("confirmation", "cohort.call.opened"));
        verify(manage).openCall(promotion.getId(), 7L);

        doThrow(new ProgrammeRuleViolation(null, "cohort.call.not-open")).when(manage).closeCall(any(), any());
        mvc.perform(post("/accompaniment/cohorts/" + promotion.getId() + "/call/close").with(csrf())
                        .param("version", "7"))
                .andExpect(redirectedUrl("/accompaniment/cohorts/" + promotion.getId() + "#call"))
                .andExpect(flash().attribute("refusal", "cohort.call.not-open"));
        mvc.perform(get("/accompaniment/cohorts/" + promotion.getId()).locale(Locale.FRENCH)
                        .flashAttr("refusal", "cohort.call.not-open"))
                .andExpect(content().string(containsString("L’appel n’est pas ouvert : il ne peut pas être clos.")));
    }

    @Test
    void the_cohort_page_shows_seats_applications_admitted_projects_and_the_budget_warning() throws Exception {
        UUID project = UUID.randomUUID();
        ApplicationId pending = ApplicationId.newId();
        when(applications.applicationsOf(promotion.getId().value())).thenReturn(List.of(
                new ApplicationLine(pending, "Épicerie itinérante", "Camille", LocalDate.of(2026, 6, 2),
                        Decision.PENDING, 7, 2, null),
                new ApplicationLine(ApplicationId.newId(), "Ressourcerie", "Lou", LocalDate.of(2026, 6, 1),
                        Decision.ADMITTED, 9, 2, project),
                new ApplicationLine(ApplicationId.newId(), "Garage solidaire", "Sam", LocalDate.of(2026, 6, 3),
                        Decision.DECLINED, 3, 2, null)));
        when(budgets.budgetOf(promotion.getId().value()))
                .thenReturn(new CoachingBudget(new BigDecimal("100"), new BigDecimal("85.5")));

        mvc.perform(get("/accompaniment/cohorts/" + promotion.getId()).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Promotion 2026-2027</h1>"),
                        containsString("10 projets"),
                        containsString("3 sur 10 (7 places libres)"),
                        containsString("<li>Utilité sociale</li>"),
                        containsString("Clore l’appel"),
                        containsString("href=\"/accompaniment/applications/" + pending + "\">Épicerie itinérante</a>"),
                        containsString("À décider"), containsString("Admise"), containsString("Refusée"),
                        containsString("1 candidature à décider"),
                        containsString("href=\"/accompaniment/projects/" + project + "\">Ressourcerie</a>"),
                        containsString("id=\"budget-warning\""),
                        containsString("Attention : 80 % ou plus des heures prévues sont utilisées, il n’en reste que 14,50 h."),
                        containsString("85,50 h"))));
    }

    @Test
    void a_cohort_without_budget_or_applications_says_so() throws Exception {
        when(applications.applicationsOf(any())).thenReturn(List.of());

        mvc.perform(get("/accompaniment/cohorts/" + promotion.getId()).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Aucune candidature pour cette promotion."),
                        containsString("Aucun projet admis pour l’instant."),
                        containsString("Aucune heure d’accompagnement n’est prévue pour cette promotion"),
                        not(containsString("id=\"budget-warning\"")))));
    }

    @Test
    void the_cohort_s_coaching_hours_are_planned_as_people_write_them_and_refusals_show_on_the_cohort_page()
            throws Exception {
        UUID cohort = promotion.getId().value();
        mvc.perform(post("/accompaniment/cohorts/" + cohort + "/budget").with(csrf()).locale(Locale.FRENCH)
                        .param("hours", "37,5"))
                .andExpect(redirectedUrl("/accompaniment/cohorts/" + cohort + "#budget"))
                .andExpect(flash().attribute("confirmation", "budget.planned.saved"));
        verify(budgets).plan(cohort, new BigDecimal("37.5"));

        mvc.perform(post("/accompaniment/cohorts/" + cohort + "/budget").with(csrf()).locale(Locale.FRENCH)
                        .param("hours", "beaucoup"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Promotion 2026-2027</h1>"),
                        containsString("<p class=\"field-error\" id=\"hours-error\">Indiquez un nombre d’heures, par exemple 120 ou 37,5.</p>"),
                        containsString("value=\"beaucoup\""))));

        doThrow(new BudgetRuleViolation("hours", "budget.hours.beyond-granted")).when(budgets).plan(eq(cohort), any());
        mvc.perform(post("/accompaniment/cohorts/" + cohort + "/budget").with(csrf()).locale(Locale.FRENCH)
                        .param("hours", "5000"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"budget-form-errors\""),
                        containsString("<p class=\"field-error\" id=\"hours-error\">C’est plus que les heures que les subventions réservent"))));

        mvc.perform(post("/accompaniment/cohorts/" + UUID.randomUUID() + "/budget").with(csrf()).param("hours", "3"))
                .andExpect(status().isNotFound());
    }

    @Test
    void english_readers_read_english() throws Exception {
        mvc.perform(get("/accompaniment/cohorts/" + promotion.getId()).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("3 of 10 (7 seats left)"),
                        containsString("Coaching budget"),
                        containsString("Close the call"))));
    }

    @Test
    @WithMockUser(username = "lou", roles = "REPRESENTATIVE")
    void representatives_are_refused() throws Exception {
        mvc.perform(get("/accompaniment/programmes")).andExpect(status().isForbidden());
        mvc.perform(get("/accompaniment/cohorts/" + promotion.getId())).andExpect(status().isForbidden());
        mvc.perform(post("/accompaniment/cohorts/" + promotion.getId() + "/call/open").with(csrf()))
                .andExpect(status().isForbidden());
        verifyNoInteractions(manage);
    }
}
