package fr.ploucs.accompaniment.projects.adapter.out.persistence;

import fr.ploucs.accompaniment.projects.application.port.out.ProjectRepository;
import fr.ploucs.accompaniment.projects.domain.Project;
import fr.ploucs.accompaniment.projects.domain.ProjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Component
class ProjectPersistenceAdapter implements ProjectRepository {

    private final ProjectRowRepository rows;
    private final ProjectPersistenceMapper mapper;

    private final JdbcClient jdbc;

    ProjectPersistenceAdapter(ProjectRowRepository rows, ProjectPersistenceMapper mapper, JdbcClient jdbc) {
        this.rows = rows;
        this.mapper = mapper;
        this.jdbc = jdbc;
    }

    @Override
    public List<UUID> projectIdsOf(UUID cohortId) {
        return jdbc.sql("select id from accompaniment.project where cohort_id = :cohort")
                .param("cohort", cohortId).query(UUID.class).list();
    }

    @Override
    public List<StoredHolder> holdersOf(UUID cohortId) {
        return jdbc.sql("""
                        select p.id, p.title, h.name from accompaniment.project p
                          join accompaniment.project_holder h on h.project_id = p.id
                         where p.cohort_id = :cohort order by p.title, p.id, h.position""")
                .param("cohort", cohortId)
                .query((rs, n) -> new StoredHolder(rs.getObject("id", UUID.class), rs.getString("title"),
                        rs.getString("name")))
                .list();
    }

    @Override
    public Project save(Project project) {
        return mapper.toDomain(rows.save(mapper.toRow(project)));
    }

    @Override
    public Optional<Project> findById(ProjectId id) {
        return rows.findById(id.value()).map(mapper::toDomain);
    }
}
