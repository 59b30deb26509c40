package fr.ploucs.accompaniment.projects.adapter.out.persistence;

import fr.ploucs.accompaniment.projects.application.port.in.ProjectListQuery.ProjectListPage;
import fr.ploucs.accompaniment.projects.application.port.in.ProjectListQuery.ProjectListing;
import fr.ploucs.accompaniment.projects.application.port.in.ProjectListQuery.ProjectSearch;
import fr.ploucs.accompaniment.projects.domain.Holder;
import fr.ploucs.accompaniment.projects.domain.Outcome;
import fr.ploucs.accompaniment.projects.domain.Project;
import fr.ploucs.accompaniment.projects.domain.ProjectId;
import fr.ploucs.accompaniment.projects.domain.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The project list's search, filters and paging, done by PostgreSQL. */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ProjectListReads.class, ProjectPersistenceAdapter.class, ProjectPersistenceMapperImpl.class})
class ProjectListReadsTest {

    private static final UUID INCUBATOR = UUID.fromString("7b0e8a52-3f43-4d0e-9c55-1a2b3c4d5e01");
    private static final LocalDate ADMITTED = LocalDate.of(2026, 9, 15);

    @Autowired
    private ProjectListReads reads;
    @Autowired
    private ProjectPersistenceAdapter projects;
    @Autowired
    private JdbcClient jdbc;

    private UUID cohort;
    private UUID otherCohort;
    private UUID recyclerie;
    private UUID epicerie;
    private UUID garage;

    @BeforeEach
    void threeProjectsInTwoCohorts() {
        cohort = cohort("Promotion 2026");
        otherCohort = cohort("Promotion 2027");
        recyclerie = project(cohort, "La Recyclerie", "40192", "Léa Martin", "Karim Benali");
        epicerie = project(cohort, "Épicerie solidaire", "40284", "Jeanne Dupuis");
        garage = project(otherCohort, "Garage associatif", "40192", "Paul Lemoine");
        Project moved = projects.findById(new ProjectId(recyclerie)).orElseThrow();
        moved.moveTo(Stage.STRUCTURING, ADMITTED.plusDays(10), LocalDate.of(2027, 1, 1));
        projects.save(moved);
        Project left = projects.findById(new ProjectId(garage)).orElseThrow();
        left.leave(new Outcome(false, null, null, 0, null, ADMITTED.plusDays(20)), LocalDate.of(2027, 1, 1));
        projects.save(left);
    }

    @Test
    void everything_by_title_with_holders_current_stage_and_whether_it_left() {
        ProjectListPage page = reads.list(mine(), 0, 25);

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.projects()).extracting(ProjectListing::title)
                .containsExactly("Épicerie solidaire", "Garage associatif", "La Recyclerie");
        ProjectListing recycling = page.projects().get(2);
        assertThat(recycling.holders()).isEqualTo("Léa Martin, Karim Benali");
        assertThat(recycling.stage()).isEqualTo(Stage.STRUCTURING);
        assertThat(recycling.stageSince()).isEqualTo(ADMITTED.plusDays(10));
        assertThat(recycling.left()).isFalse();
        assertThat(page.projects().get(1).stage()).isEqualTo(Stage.ABANDONED);
        assertThat(page.projects().get(1).left()).isTrue();
    }

    @Test
    void searches_by_title_holder_commune_stage_and_cohort_whatever_the_case() {
        assertThat(titles(new ProjectSearch("RECYCL", null, null, null, null, mine().onlyAmong()))).containsExactly("La Recyclerie");
        assertThat(titles(new ProjectSearch(null, "dupuis", null, null, null, mine().onlyAmong())))
                .containsExactly("Épicerie solidaire");
        assertThat(titles(new ProjectSearch(null, null, "40192", null, null, mine().onlyAmong())))
                .containsExactly("Garage associatif", "La Recyclerie");
        assertThat(titles(new ProjectSearch(null, null, null, Stage.IDEA, null, mine().onlyAmong())))
                .containsExactly("Épicerie solidaire");
        assertThat(titles(new ProjectSearch(null, null, null, null, otherCohort, mine().onlyAmong())))
                .containsExactly("Garage associatif");
        assertThat(titles(new ProjectSearch(null, null, null, null, cohort, null)))
                .as("a coordinator's search, every project").containsExactly("Épicerie solidaire", "La Recyclerie");
        assertThat(titles(new ProjectSearch("a", "a", "40192", Stage.STRUCTURING, cohort, mine().onlyAmong())))
                .containsExactly("La Recyclerie");
    }

    @Test
    void a_representative_sees_only_the_projects_given_and_none_when_given_none() {
        assertThat(titles(new ProjectSearch(null, null, null, null, null, Set.of(epicerie))))
                .containsExactly("Épicerie solidaire");
        assertThat(titles(new ProjectSearch(null, null, null, null, null, Set.of()))).isEmpty();
    }

    @Test
    void pages_past_the_last_or_before_the_first_give_the_last_or_the_first() {
        ProjectListPage second = reads.list(mine(), 1, 2);
        assertThat(second.projects()).extracting(ProjectListing::title).containsExactly("La Recyclerie");
        assertThat(second.pageCount()).isEqualTo(2);

        assertThat(reads.list(mine(), Integer.MAX_VALUE, 2).page()).isEqualTo(1);
        assertThat(reads.list(mine(), -5, 2).page()).isZero();
    }

    @Test
    void a_very_long_search_text_is_cut_not_refused() {
        assertThat(titles(new ProjectSearch("x".repeat(10_000), "é".repeat(5_000), null, null, null, mine().onlyAmong())))
                .isEmpty();
    }

    @Test
    void the_followed_projects_are_those_that_have_not_left() {
        assertThat(reads.followedProjectIds()).contains(recyclerie, epicerie).doesNotContain(garage);
    }

    /** Only this test's projects: the database may hold other tests' ones. */
    private ProjectSearch mine() {
        return new ProjectSearch(null, null, null, null, null, Set.of(recyclerie, epicerie, garage));
    }

    private List<String> titles(ProjectSearch search) {
        return reads.list(search, 0, 25).projects().stream().map(ProjectListing::title).toList();
    }

    private UUID cohort(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into accompaniment.cohort (id, programme_id, name, starts_on, ends_on, capacity,
                                                          call_status, version)
                        values (:id, :programme, :name, date '2026-09-01', date '2027-06-30', 10, 'NOT_DEFINED', 0)""")
                .param("id", id).param("programme", INCUBATOR).param("name", name + " " + id).update();
        return id;
    }

    private UUID project(UUID cohortId, String title, String commune, String... holders) {
        ProjectId id = ProjectId.newId();
        projects.save(Project.admitted(id, cohortId, null, title, null, List.of(holders), commune,
                List.of("Étude des besoins"), ADMITTED));
        return id.value();
    }

    @SuppressWarnings("unused")
    private static Holder holder(String name) {
        return new Holder(name, null, null);
    }
}
