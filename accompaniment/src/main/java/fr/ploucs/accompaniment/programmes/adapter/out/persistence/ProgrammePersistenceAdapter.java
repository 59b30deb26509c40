package fr.ploucs.accompaniment.programmes.adapter.out.persistence;

import fr.ploucs.sharedkernel.UniqueConstraint;
import fr.ploucs.accompaniment.programmes.domain.ProgrammeRuleViolation;
import fr.ploucs.accompaniment.programmes.application.port.out.ProgrammeRepository;
import fr.ploucs.accompaniment.programmes.domain.Cohort;
import fr.ploucs.accompaniment.programmes.domain.CohortId;
import fr.ploucs.accompaniment.programmes.domain.Programme;
import fr.ploucs.accompaniment.programmes.domain.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Programmes and cohorts in PostgreSQL; {@link #lockCohort} reads with {@code SELECT ... FOR UPDATE}. */
@Component
class ProgrammePersistenceAdapter implements ProgrammeRepository {

    private final ProgrammeRowRepository programmes;
    private final CohortRowRepository cohorts;
    private final ProgrammePersistenceMapper mapper;
    private final JdbcClient jdbc;

    ProgrammePersistenceAdapter(ProgrammeRowRepository programmes, CohortRowRepository cohorts,
                                ProgrammePersistenceMapper mapper, JdbcClient jdbc) {
        this.programmes = programmes;
        this.cohorts = cohorts;
        this.mapper = mapper;
        this.jdbc = jdbc;
    }

    @Override
    public Programme save(Programme programme) {
        try {
            return mapper.toDomain(programmes.save(mapper.toRow(programme)));
        } catch (RuntimeException e) {
            // Names are unique whatever their case; two programmes given the same name get the answer next to it.
            if (UniqueConstraint.violatedBy(e, "programme_name_unique")) {
                throw new ProgrammeRuleViolation("name", "programme.name.taken");
            }
            throw e;
        }
    }

    @Override
    public Optional<Programme> findProgramme(ProgrammeId id) {
        return programmes.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public List<Programme> programmes() {
        return programmes.allByName().stream().map(mapper::toDomain).toList();
    }

    @Override
    public Cohort save(Cohort cohort) {
        return mapper.toDomain(cohorts.save(mapper.toRow(cohort)));
    }

    @Override
    public Optional<Cohort> findCohort(CohortId id) {
        return cohorts.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public Optional<Cohort> lockCohort(CohortId id) {
        return cohorts.lockById(id.value()).map(mapper::toDomain);
    }

    @Override
    public List<Cohort> cohortsOf(ProgrammeId programmeId) {
        return cohorts.ofProgramme(programmeId.value()).stream().map(mapper::toDomain).toList();
    }

    @Override
    public List<StoredChoice> cohortChoices() {
        return jdbc.sql("""
                        select c.id, p.name as programme_name, c.name, c.call_status
                          from accompaniment.cohort c join accompaniment.programme p on p.id = c.programme_id
                         order by c.starts_on desc, p.name, c.name""")
                .query((rs, n) -> new StoredChoice(new CohortId(rs.getObject("id", UUID.class)),
                        rs.getString("programme_name"), rs.getString("name"),
                        "OPEN".equals(rs.getString("call_status")) || "CLOSED".equals(rs.getString("call_status"))))
                .list();
    }
}
