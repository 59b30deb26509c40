package fr.ploucs.accompaniment.budget.adapter.out.persistence;

import fr.ploucs.accompaniment.budget.application.port.out.CoachingBudgetRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Granted coaching hours and cohorts' allocations: a few sums, so plain SQL. A grant's earmark is recorded once
 * ({@code ON CONFLICT DO NOTHING} on the grant and earmark), and allocations change under an advisory lock.
 */
@Component
class CoachingBudgetAdapter implements CoachingBudgetRepository {

    private final JdbcClient jdbc;

    CoachingBudgetAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean addGrantedHours(UUID grantId, String earmarkKey, String funderName, String title, BigDecimal hours,
                                   Instant at) {
        return jdbc.sql("""
                        insert into accompaniment.coaching_grant (grant_id, earmark_key, funder_name, title, hours, granted_at)
                        values (:grant, :key, :funder, :title, :hours, :at)
                        on conflict (grant_id, earmark_key) do nothing""")
                .param("grant", grantId).param("key", earmarkKey).param("funder", funderName).param("title", title)
                .param("hours", hours).param("at", Timestamp.from(at))
                .update() == 1;
    }

    @Override
    public void lockAllocations() {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('accompaniment.coaching_budget', 0))")
                .query().listOfRows();
    }

    @Override
    public BigDecimal grantedHours() {
        return jdbc.sql("select coalesce(sum(hours), 0) from accompaniment.coaching_grant")
                .query(BigDecimal.class).single();
    }

    @Override
    public BigDecimal allocatedHours() {
        return jdbc.sql("select coalesce(sum(planned_hours), 0) from accompaniment.cohort_coaching_budget")
                .query(BigDecimal.class).single();
    }

    @Override
    public BigDecimal plannedFor(UUID cohortId) {
        return jdbc.sql("select planned_hours from accompaniment.cohort_coaching_budget where cohort_id = :cohort")
                .param("cohort", cohortId).query(BigDecimal.class).optional().orElse(BigDecimal.ZERO);
    }

    @Override
    public void setPlanned(UUID cohortId, BigDecimal hours) {
        jdbc.sql("""
                        insert into accompaniment.cohort_coaching_budget (cohort_id, planned_hours) values (:cohort, :hours)
                        on conflict (cohort_id) do update set planned_hours = excluded.planned_hours""")
                .param("cohort", cohortId).param("hours", hours).update();
    }

    @Override
    public List<StoredGrant> grants() {
        return jdbc.sql("""
                        select grant_id, min(funder_name) as funder, min(title) as title, sum(hours) as hours
                          from accompaniment.coaching_grant group by grant_id order by min(granted_at) desc""")
                .query((rs, n) -> new StoredGrant(rs.getObject("grant_id", UUID.class), rs.getString("funder"),
                        rs.getString("title"), rs.getBigDecimal("hours")))
                .list();
    }
}
