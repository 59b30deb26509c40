package fr.ploucs.accompaniment.projects.adapter.in.web;

import fr.ploucs.accompaniment.shared.application.port.in.HolderAttendanceQuery;
import fr.ploucs.accompaniment.shared.application.port.in.HolderAttendanceQuery.AttendedDay;
import fr.ploucs.accompaniment.shared.application.port.in.ProjectCoachingQuery;
import fr.ploucs.accompaniment.shared.application.port.in.ProjectCoachingQuery.CoachingFact;
import fr.ploucs.accompaniment.shared.application.port.in.ProjectCoachingQuery.CurrentCoach;
import fr.ploucs.accompaniment.shared.application.port.in.ProjectCoachingQuery.FactKind;
import fr.ploucs.accompaniment.followup.application.port.in.FollowUpUseCase;
import fr.ploucs.accompaniment.followup.application.port.in.FollowUpUseCase.CheckInLine;
import fr.ploucs.accompaniment.followup.domain.CheckInId;
import fr.ploucs.accompaniment.programmes.application.port.in.FindProgrammesQuery;
import fr.ploucs.accompaniment.programmes.application.port.in.FindProgrammesQuery.CohortChoice;
import fr.ploucs.accompaniment.programmes.application.port.in.FindProgrammesQuery.CohortSummary;
import fr.ploucs.accompaniment.programmes.domain.CohortId;
import fr.ploucs.accompaniment.projects.application.port.in.FindProjectsQuery;
import fr.ploucs.accompaniment.projects.application.port.in.ManageProjectsUseCase;
import fr.ploucs.accompaniment.projects.application.port.in.ManageProjectsUseCase.ProjectDetails;
import fr.ploucs.accompaniment.projects.application.port.in.ProjectChangedMeanwhile;
import fr.ploucs.accompaniment.projects.application.port.in.ProjectListQuery;
import fr.ploucs.accompaniment.projects.application.port.in.ProjectListQuery.ProjectListPage;
import fr.ploucs.accompaniment.projects.application.port.in.ProjectListQuery.ProjectListing;
import fr.ploucs.accompaniment.projects.application.port.in.ProjectListQuery.ProjectSearch;
import fr.ploucs.accompaniment.projects.domain.Holder;
import fr.ploucs.accompaniment.projects.domain.Milestone;
import fr.ploucs.accompaniment.projects.domain.Outcome;
import fr.ploucs.accompaniment.projects.domain.Project;
import fr.ploucs.accompaniment.projects.domain.ProjectId;
import fr.ploucs.accompaniment.projects.domain.ProjectRuleViolation;
import fr.ploucs.accompaniment.projects.domain.Stage;
import fr.ploucs.accompaniment.projects.domain.StageChange;
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
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import static org.mockito.ArgumentMatchers.anyInt;
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

@WebMvcTest(ProjectsController.class)
@Import({ProjectAccess.class, ProjectPage.class, ProjectsControllerTest.TestSetup.class})
@WithMockUser(username = "camille", roles = "COORDINATOR")
class ProjectsControllerTest {

    /** Thursday 26 November 2026 in Paris. */
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final String ELAN = "0b7f5a8e-1c2d-4e3f-8a9b-0c1d2e3f4a5b";

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
    private static final UUID COHORT = UUID.randomUUID();

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private FindProjectsQuery projects;
    @MockitoBean
    private ProjectListQuery list;
    @MockitoBean
    private ManageProjectsUseCase manage;
    @MockitoBean
    private FindProgrammesQuery programmes;
    @MockitoBean
    private ProjectCoachingQuery coaching;
    @MockitoBean
    private HolderAttendanceQuery trainingDays;
    @MockitoBean
    private FollowUpUseCase followUps;
    @MockitoBean
    private FindTerritoryQuery territory;

    private final ProjectId recyclerieId = ProjectId.newId();
    private final ProjectId otherId = ProjectId.newId();
    private final Project recyclerie = new Project(recyclerieId, COHORT, null, "La Recyclerie", "Réemploi d’objets",
            "Association Recyclons", "40197",
            List.of(new Holder("Léa Martin", "lea@example.org", null), new Holder("Karim Benali", null, "0601020304")),
            List.of(new StageChange(Stage.IDEA, LocalDate.of(2026, 9, 15)),
                    new StageChange(Stage.STRUCTURING, LocalDate.of(2026, 10, 20))),
            List.of(new Milestone("Étude des besoins", LocalDate.of(2026, 10, 1)), new Milestone("Modèle économique", null)),
            null, 3L);
    private final Project other = new Project(otherId, COHORT, null, "Garage associatif", null, null, null,
            List.of(new Holder("Paul Lemoine", null, null)), List.of(new StageChange(Stage.IDEA,
            LocalDate.of(2026, 9, 15))), List.of(), null, 0L);

    @BeforeEach
    void theProjects() {
        lenient().when(projects.project(recyclerieId)).thenReturn(Optional.of(recyclerie));
        lenient().when(projects.project(otherId)).thenReturn(Optional.of(other));
        lenient().when(territory.commune("40197")).thenReturn(Optional.of(MORCENX));
        lenient().when(territory.resolveCommune(any())).thenReturn(Resolution.problem("territory.commune.unknown"));
        lenient().when(territory.resolveCommune("Morcenx-la-Nouvelle (40110)")).thenReturn(Resolution.of(MORCENX));
        lenient().when(programmes.cohortSummary(new CohortId(COHORT))).thenReturn(Optional.of(new CohortSummary(
                new CohortId(COHORT), "Incubateur", "Promotion 2026-2027", LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 6, 30), 10, 8, false, List.of())));
        lenient().when(programmes.cohortChoices()).thenReturn(List.of(new CohortChoice(new CohortId(COHORT),
                "Incubateur", "Promotion 2026-2027", false)));
        lenient().when(coaching.projectsCoachedBy(new MemberId(UUID.fromString(ELAN))))
                .thenReturn(Set.of(recyclerieId.value()));
        lenient().when(list.list(any(), anyInt(), anyInt())).thenReturn(new ProjectListPage(List.of(), 0, 25, 0));
    }

    private ProjectListing listing(Project project, Stage stage) {
        return new ProjectListing(project.getId(), project.getTitle(), project.getHolders().stream()
                .map(Holder::name).reduce((a, b) -> a + ", " + b).orElse(""), project.getCommuneCode(), stage,
                project.stageSince(), COHORT, false);
    }

    @Test
    void coordinators_see_every_project_with_its_holders_commune_cohort_stage_and_coaching() throws Exception {
        when(list.list(any(), eq(0), eq(25))).thenReturn(new ProjectListPage(List.of(
                listing(other, Stage.IDEA), listing(recyclerie, Stage.STRUCTURING)), 0, 25, 2));
        when(coaching.projectsWithACoach()).thenReturn(Set.of(recyclerieId.value()));
        when(coaching.projectsToReassign()).thenReturn(Set.of(recyclerieId.value()));

        mvc.perform(get("/accompaniment/projects").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<title>Projets accompagnés · PLOUCS</title>"),
                        containsString("2 projets"),
                        containsString("href=\"/accompaniment/projects/" + recyclerieId + "\">La Recyclerie</a>"),
                        containsString("Léa Martin, Karim Benali"),
                        containsString("Morcenx-la-Nouvelle (40110)"),
                        containsString("Incubateur · Promotion 2026-2027"),
                        containsString("Structuration depuis le 20/10/2026"),
                        containsString("À réattribuer"),
                        containsString("Sans structure accompagnatrice"))));
        ArgumentCaptor<ProjectSearch> search = ArgumentCaptor.forClass(ProjectSearch.class);
        verify(list).list(search.capture(), eq(0), eq(25));
        assertThat(search.getValue().onlyAmong()).as("a coordinator sees every project").isNull();
    }

    @Test
    void the_search_reads_the_commune_stage_and_cohort_and_keeps_them_on_the_page_links() throws Exception {
        when(list.list(any(), eq(1), eq(25))).thenReturn(new ProjectListPage(List.of(
                listing(recyclerie, Stage.STRUCTURING)), 1, 25, 60));

        mvc.perform(get("/accompaniment/projects").param("q", "recycl").param("holder", "léa")
                        .param("commune", "Morcenx-la-Nouvelle (40110)").param("stage", "STRUCTURING")
                        .param("cohort", COHORT.toString()).param("page", "2").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("60 projets"),
                        containsString("stage=STRUCTURING"), containsString("page=3"),
                        containsString("<option value=\"STRUCTURING\" selected=\"selected\">Structuration</option>"))));
        ArgumentCaptor<ProjectSearch> search = ArgumentCaptor.forClass(ProjectSearch.class);
        verify(list).list(search.capture(), eq(1), eq(25));
        assertThat(search.getValue()).isEqualTo(new ProjectSearch("recycl", "léa", "40197", Stage.STRUCTURING,
                COHORT, null));
    }

    @Test
    void odd_searches_and_page_numbers_give_a_page_never_an_error() throws Exception {
        for (String page : List.of("-3", "0", "abc", "99999999999999999999", "1e9")) {
            mvc.perform(get("/accompaniment/projects").param("page", page).param("stage", "CASTLE")
                            .param("cohort", "not-a-uuid").param("q", "x".repeat(50_000)).locale(Locale.FRENCH))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Aucun projet ne correspond à cette recherche.")));
        }
        mvc.perform(get("/accompaniment/projects").param("commune", "Atlantide").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cette commune n’a pas été reconnue")));
        verify(list).list(any(), eq(Integer.MAX_VALUE - 1), eq(25));
    }

    @Test
    @WithMockUser(username = "lou", authorities = {"ROLE_REPRESENTATIVE", "MEMBER_" + ELAN})
    void a_representative_lists_only_the_projects_their_structure_coaches() throws Exception {
        mvc.perform(get("/accompaniment/projects").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Les projets que votre structure accompagne aujourd’hui.")));
        ArgumentCaptor<ProjectSearch> search = ArgumentCaptor.forClass(ProjectSearch.class);
        verify(list).list(search.capture(), anyInt(), anyInt());
        assertThat(search.getValue().onlyAmong()).containsExactly(recyclerieId.value());
    }

    @Test
    @WithMockUser(username = "lou", authorities = {"ROLE_REPRESENTATIVE", "MEMBER_" + ELAN})
    void a_representative_opens_the_project_their_structure_coaches_and_not_another() throws Exception {
        mvc.perform(get("/accompaniment/projects/" + recyclerieId).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>La Recyclerie</h1>"),
                        not(containsString("id=\"stage-form\"")), not(containsString("Modifier le projet")))));

        mvc.perform(get("/accompaniment/projects/" + otherId)).andExpect(status().isNotFound());
        mvc.perform(get("/accompaniment/projects/" + otherId + "/edit")).andExpect(status().isForbidden());
        mvc.perform(post("/accompaniment/projects/" + recyclerieId + "/stage").with(csrf())
                .param("stage", "FORMALISED").param("on", "2026-11-20").param("version", "3"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(manage);
    }

    @Test
    @WithMockUser(username = "sam", roles = "USER")
    void someone_neither_coordinator_nor_representative_sees_no_project() throws Exception {
        mvc.perform(get("/accompaniment/projects/" + recyclerieId)).andExpect(status().isNotFound());
    }

    @Test
    void the_project_page_shows_holders_stages_milestones_check_ins_and_one_timeline() throws Exception {
        UUID id = recyclerieId.value();
        when(coaching.currentCoach(id)).thenReturn(Optional.of(new CurrentCoach(new MemberId(UUID.fromString(ELAN)),
                "Élan solidaire", "Jeanne Roux", LocalDate.of(2026, 9, 20), true)));
        when(coaching.historyOf(id)).thenReturn(List.of(
                new CoachingFact(LocalDate.of(2026, 9, 20), FactKind.ASSIGNED, "Élan solidaire", "Jeanne Roux", null, null),
                new CoachingFact(LocalDate.of(2026, 10, 5), FactKind.SESSION, "Élan solidaire", "Jeanne Roux",
                        new BigDecimal("2.50"), "Modèle économique")));
        when(trainingDays.daysAttended(id, "Léa Martin")).thenReturn(List.of(
                new AttendedDay(LocalDate.of(2026, 10, 12), "Gouvernance partagée")));
        when(followUps.linesOf(id)).thenReturn(List.of(new CheckInLine(new CheckInId(UUID.randomUUID()), 6,
                LocalDate.of(2027, 5, 1), false, null, null, null, null, null)));

        mvc.perform(get("/accompaniment/projects/" + recyclerieId).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>La Recyclerie</h1>"),
                        containsString("Léa Martin"), containsString("lea@example.org"), containsString("0601020304"),
                        containsString("Association Recyclons"),
                        containsString("Morcenx-la-Nouvelle (40110)"),
                        containsString("Incubateur · Promotion 2026-2027"),
                        containsString("Élan solidaire (Jeanne Roux), depuis le 20/09/2026"),
                        containsString("À réattribuer : la structure accompagnatrice a quitté le réseau"),
                        containsString("href=\"/accompaniment/projects/" + recyclerieId + "/coaching\""),
                        containsString("Atteint le 01/10/2026"), containsString("Pas encore"),
                        containsString("6 mois · 01/05/2027"), containsString("À venir"),
                        containsString("Admis dans la promotion"),
                        containsString("Accompagné par Élan solidaire (Jeanne Roux)"),
                        containsString("Jalon atteint : Étude des besoins"),
                        containsString("Rendez-vous avec Élan solidaire (Jeanne Roux), 2.5 h : Modèle économique"),
                        containsString("Journée collective « Gouvernance partagée » : Léa Martin présent·e"),
                        containsString("Passé à l’étape « Structuration »"))));
    }

    @Test
    void a_bad_or_unknown_id_is_a_404() throws Exception {
        mvc.perform(get("/accompaniment/projects/not-a-uuid")).andExpect(status().isNotFound());
        mvc.perform(get("/accompaniment/projects/" + UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get("/accompaniment/projects/../../etc/edit")).andExpect(status().is4xxClientError());
    }

    @Test
    void changing_stage_saves_it_with_the_version_read() throws Exception {
        mvc.perform(post("/accompaniment/projects/" + recyclerieId + "/stage").with(csrf())
                        .param("stage", "FORMALISED").param("on", "2026-11-20").param("version", "3"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/accompaniment/projects/" + recyclerieId + "#stages-title"));
        verify(manage).moveTo(recyclerieId, 3L, Stage.FORMALISED, LocalDate.of(2026, 11, 20));
    }

    @Test
    void a_refused_stage_change_says_why_in_french_next_to_its_field() throws Exception {
        doThrow(new ProjectRuleViolation("on", "project.stage.date.before-current")).when(manage)
                .moveTo(recyclerieId, 3L, Stage.FORMALISED, LocalDate.of(2026, 10, 1));
        mvc.perform(post("/accompaniment/projects/" + recyclerieId + "/stage").with(csrf()).locale(Locale.FRENCH)
                        .param("stage", "FORMALISED").param("on", "2026-10-01").param("version", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>La Recyclerie</h1>"),
                        containsString("Cette date est antérieure à l’étape actuelle du projet."))));

        mvc.perform(post("/accompaniment/projects/" + recyclerieId + "/stage").with(csrf()).locale(Locale.FRENCH)
                        .param("stage", "FORMALISED").param("on", "9999-01-01").param("version", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez une date entre 2000 et 2100.")));
        mvc.perform(post("/accompaniment/projects/" + recyclerieId + "/stage").with(csrf()).locale(Locale.FRENCH)
                        .param("stage", "PHOENIX").param("on", "le 3 mars").param("version", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Indiquez une date valide, par exemple 15/09/2026."),
                        containsString("Choisissez une étape de la liste."))));
    }

    @Test
    void ticking_and_unticking_a_milestone() throws Exception {
        mvc.perform(post("/accompaniment/projects/" + recyclerieId + "/milestones").with(csrf())
                        .param("milestone", "Modèle économique").param("reached", "true")
                        .param("reachedOn", "2026-11-02").param("version", "3"))
                .andExpect(status().is3xxRedirection());
        verify(manage).markMilestone(recyclerieId, 3L, "Modèle économique", LocalDate.of(2026, 11, 2));

        mvc.perform(post("/accompaniment/projects/" + recyclerieId + "/milestones").with(csrf())
                        .param("milestone", "Étude des besoins").param("_reached", "on").param("version", "3"))
                .andExpect(status().is3xxRedirection());
        verify(manage).markMilestone(recyclerieId, 3L, "Étude des besoins", null);

        mvc.perform(post("/accompaniment/projects/" + recyclerieId + "/milestones").with(csrf()).locale(Locale.FRENCH)
                        .param("milestone", "Modèle économique").param("reached", "true").param("reachedOn", "1200-01-01")
                        .param("version", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez une date entre 2000 et 2100.")));
    }

    @Test
    void editing_the_project_reads_holders_one_per_line_and_the_commune_from_the_picker() throws Exception {
        mvc.perform(get("/accompaniment/projects/" + recyclerieId + "/edit").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Martin ; lea@example.org"),
                        containsString("Karim Benali ;  ; 0601020304"),
                        containsString("value=\"Morcenx-la-Nouvelle (40110)\""))));

        mvc.perform(post("/accompaniment/projects/" + recyclerieId).with(csrf())
                        .param("title", "La Recyclerie du Born").param("summary", "").param("organisation", "")
                        .param("commune", "Morcenx-la-Nouvelle (40110)")
                        .param("holders", "Léa Martin ; lea@example.org\r\n\r\nJeanne Dupuis").param("version", "3"))
                .andExpect(status().is3xxRedirection());
        verify(manage).change(recyclerieId, 3L, new ProjectDetails("La Recyclerie du Born", "", "", "40197",
                List.of(new Holder("Léa Martin", "lea@example.org", null), new Holder("Jeanne Dupuis", null, null))));
    }

    @Test
    void an_edit_over_someone_elses_says_so_and_keeps_what_was_typed() throws Exception {
        doThrow(new ProjectChangedMeanwhile(recyclerieId)).when(manage).change(eq(recyclerieId), eq(2L), any());
        mvc.perform(post("/accompaniment/projects/" + recyclerieId).with(csrf()).locale(Locale.FRENCH)
                        .param("title", "Nouveau nom").param("holders", "Léa Martin").param("version", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"changed-meanwhile\""),
                        containsString("value=\"Nouveau nom\""))));

        mvc.perform(post("/accompaniment/projects/" + recyclerieId).with(csrf()).locale(Locale.FRENCH)
                        .param("title", "").param("holders", "").param("commune", "Atlantide").param("version", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Donnez le nom du projet."),
                        containsString("Indiquez au moins un·e porteur·se du projet."))));
    }

    @Test
    void leaving_the_incubator_graduated_records_its_outcome() throws Exception {
        mvc.perform(get("/accompaniment/projects/" + recyclerieId + "/graduation").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le projet a-t-il créé sa structure ?")));

        mvc.perform(post("/accompaniment/projects/" + recyclerieId + "/graduation").with(csrf())
                        .param("graduated", "true").param("structureName", "SCIC La Recyclerie")
                        .param("legalForm", "SCIC").param("jobs", "3").param("leftOn", "2026-11-25")
                        .param("version", "3"))
                .andExpect(status().is3xxRedirection());
        verify(manage).leave(recyclerieId, 3L, new Outcome(true, "SCIC La Recyclerie", "SCIC", 3, null,
                LocalDate.of(2026, 11, 25)));
    }

    @Test
    void a_graduation_without_its_structure_or_with_odd_numbers_is_refused_in_french() throws Exception {
        mvc.perform(post("/accompaniment/projects/" + recyclerieId + "/graduation").with(csrf()).locale(Locale.FRENCH)
                        .param("graduated", "true").param("jobs", "99999999999").param("leftOn", "2026-11-25")
                        .param("version", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Donnez le nom de la structure créée."),
                        containsString("Indiquez un nombre d’emplois entre 0 et 500."))));
        doThrow(new ProjectRuleViolation("leftOn", "project.stage.date.future")).when(manage)
                .leave(eq(recyclerieId), eq(3L), any());
        mvc.perform(post("/accompaniment/projects/" + recyclerieId + "/graduation").with(csrf()).locale(Locale.FRENCH)
                        .param("graduated", "false").param("jobs", "0").param("leftOn", "2026-12-25")
                        .param("version", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cette date n’est pas encore arrivée.")));
    }

    @Test
    void the_pages_speak_english_too() throws Exception {
        mvc.perform(get("/accompaniment/projects/" + recyclerieId).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Maturity stages"),
                        containsString("Admitted to the cohort"), containsString("Moved to the “Structuring” stage"))));
    }
}
