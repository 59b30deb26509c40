package fr.ploucs.accompaniment.projects.adapter.out.persistence;

import fr.ploucs.accompaniment.projects.application.port.in.ProjectListQuery;
import fr.ploucs.accompaniment.projects.domain.ProjectId;
import fr.ploucs.accompaniment.projects.domain.Stage;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The read side of the projects: the list with its search, filters and paging done by PostgreSQL. A project's stage
 * is its last stage change. Titles are sorted accents aside (« Épicerie » with the E), whatever the database's
 * collation.
 */
@Component
@Transactional(readOnly = true)
class ProjectListReads implements ProjectListQuery {

    private static final String CURRENT = """
            from accompaniment.project p
            join lateral (select s.stage, s.changed_on from accompaniment.project_stage_change s
                           where s.project_id = p.id order by s.position desc limit 1) cur on true
            where (:title = '' or strpos(lower(p.title), lower(:title)) > 0)
              and (:holder = '' or exists (select 1 from accompaniment.project_holder h
                                            where h.project_id = p.id and strpos(lower(h.name), lower(:holder)) > 0))
              and (:commune = '' or p.commune_code = :commune)
              and (:stage = '' or cur.stage = :stage)
              and (:cohort = '' or cast(p.cohort_id as text) = :cohort)
              and (:everyone or p.id in (:among))""";

    private static final RowMapper<ProjectListing> LISTING = (rs, n) -> new ProjectListing(
            new ProjectId(rs.getObject("id", UUID.class)), rs.getString("title"), rs.getString("holders"),
            rs.getString("commune_code"), Stage.valueOf(rs.getString("stage")),
            rs.getObject("changed_on", java.time.LocalDate.class), rs.getObject("cohort_id", UUID.class),
            rs.getObject("outcome_left_on") != null);

    /** Stands for « no project at all » in an IN list, which cannot be empty. */
    private static final UUID NOBODY = new UUID(0, 0);

    private final JdbcClient jdbc;

    ProjectListReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ProjectListPage list(ProjectSearch search, int page, int size) {
        Map<String, Object> params = params(search);
        int pageSize = Math.max(1, size);
        long total = jdbc.sql("select count(*) " + CURRENT).params(params).query(Long.class).single();
        int lastPage = total == 0 ? 0 : (int) ((total - 1) / pageSize);
        int shown = Math.min(Math.max(0, page), lastPage);
        List<ProjectListing> projects = jdbc.sql("""
                        select p.id, p.title, p.commune_code, p.cohort_id, p.outcome_left_on, cur.stage, cur.changed_on,
                               (select string_agg(h.name, ', ' order by h.position) from accompaniment.project_holder h
                                 where h.project_id = p.id) as holders
                        """ + CURRENT + """

                        order by translate(lower(p.title), 'àâäçéèêëîïôöùûüÿœæ', 'aaaceeeeiioouuuyoa'), p.id
                        limit :limit offset :offset""")
                .params(params).param("limit", pageSize).param("offset", (long) shown * pageSize)
                .query(LISTING).list();
        return new ProjectListPage(projects, shown, pageSize, total);
    }

    @Override
    public List<UUID> followedProjectIds() {
        return jdbc.sql("select id from accompaniment.project where outcome_left_on is null")
                .query(UUID.class).list();
    }

    private static Map<String, Object> params(ProjectSearch search) {
        return Map.of(
                "title", text(search.title()),
                "holder", text(search.holder()),
                "commune", search.communeCode() == null ? "" : search.communeCode(),
                "stage", search.stage() == null ? "" : search.stage().name(),
                "cohort", search.cohortId() == null ? "" : search.cohortId().toString(),
                "everyone", search.onlyAmong() == null,
                "among", search.onlyAmong() == null || search.onlyAmong().isEmpty() ? List.of(NOBODY)
                        : List.copyOf(search.onlyAmong()));
    }

    private static String text(String typed) {
        if (typed == null) {
            return "";
        }
        String stripped = typed.strip();
        return stripped.length() > SEARCH_MAX ? stripped.substring(0, SEARCH_MAX) : stripped;
    }
}
