package fr.ploucs.awareness.reach.adapter.out.persistence;

import fr.ploucs.awareness.reach.application.port.in.ReachIndicatorsQuery;
import fr.ploucs.sharedkernel.territory.Commune;
import fr.ploucs.sharedkernel.territory.Epci;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reach indicators in SQL. Reads (never writes) the sessions feature's table {@code awareness.session}, as the
 * read rule of docs/performance.md allows within a pillar: delivered and evaluated sessions, their actual participants.
 */
@Component
@Transactional(readOnly = true)
class ReachReads implements ReachIndicatorsQuery {

    private static final String DELIVERED = "status in ('DELIVERED', 'EVALUATED')";

    private final JdbcClient jdbc;
    private final FindTerritoryQuery territory;

    ReachReads(JdbcClient jdbc, FindTerritoryQuery territory) {
        this.jdbc = jdbc;
        this.territory = territory;
    }

    @Override
    public List<Integer> years() {
        return jdbc.sql("select distinct extract(year from date)::int as year from awareness.session where "
                        + DELIVERED + " order by year desc")
                .query(Integer.class).list();
    }

    @Override
    public List<YearReach> perYear() {
        return jdbc.sql("""
                        select extract(year from date)::int as year, count(*) as sessions,
                               coalesce(sum(actual_participants), 0) as people
                          from awareness.session where %s
                         group by 1 order by 1 desc""".formatted(DELIVERED))
                .query((rs, n) -> new YearReach(rs.getInt("year"), rs.getLong("sessions"), rs.getLong("people")))
                .list();
    }

    @Override
    public List<AudienceReach> perAudience(int year) {
        return jdbc.sql("""
                        select audience, count(*) as sessions, coalesce(sum(actual_participants), 0) as people
                          from awareness.session, unnest(audiences) as audience
                         where %s and date >= make_date(:year, 1, 1) and date < make_date(:year + 1, 1, 1)
                         group by audience
                         order by array_position(array['YOUTH', 'ADULTS', 'ELECTED_OFFICIALS', 'TECHNICIANS',
                                                       'TEACHERS'], audience), audience""".formatted(DELIVERED))
                .param("year", year)
                .query((rs, n) -> new AudienceReach(rs.getString("audience"), rs.getLong("sessions"),
                        rs.getLong("people")))
                .list();
    }

    @Override
    public List<CommuneReach> perCommune(int year) {
        return jdbc.sql("""
                        select commune_code, count(*) as sessions, coalesce(sum(actual_participants), 0) as people
                          from awareness.session
                         where %s and date >= make_date(:year, 1, 1) and date < make_date(:year + 1, 1, 1)
                         group by commune_code order by people desc, commune_code""".formatted(DELIVERED))
                .param("year", year)
                .query((rs, n) -> new CommuneReach(rs.getString("commune_code"), rs.getLong("sessions"),
                        rs.getLong("people")))
                .list();
    }

    @Override
    public List<ToolReach> perTool(int year) {
        return jdbc.sql("""
                        select tool_used, count(*) as sessions, coalesce(sum(actual_participants), 0) as people
                          from awareness.session
                         where %s and date >= make_date(:year, 1, 1) and date < make_date(:year + 1, 1, 1)
                         group by tool_used order by people desc, tool_used nulls last""".formatted(DELIVERED))
                .param("year", year)
                .query((rs, n) -> new ToolReach(rs.getString("tool_used"), rs.getLong("sessions"),
                        rs.getLong("people")))
                .list();
    }

    /**
     * Per EPCI: the per-commune figures (summed in SQL, one row per commune) grouped by the commune's EPCI in the
     * territory reference, which lives in memory, not in the database.
     */
    @Override
    public List<EpciReach> perEpci(int year) {
        Map<String, long[]> totals = new LinkedHashMap<>();
        for (CommuneReach commune : perCommune(year)) {
            String epci = territory.commune(commune.communeCode()).map(Commune::epciCode).orElse(null);
            long[] sum = totals.computeIfAbsent(epci == null ? "" : epci, key -> new long[2]);
            sum[0] += commune.sessions();
            sum[1] += commune.people();
        }
        List<EpciReach> lines = new ArrayList<>();
        totals.forEach((code, sum) -> {
            String epciCode = code.isEmpty() ? null : code;
            String name = Optional.ofNullable(epciCode).flatMap(territory::epci).map(Epci::name).orElse(null);
            lines.add(new EpciReach(epciCode, name, sum[0], sum[1]));
        });
        lines.sort(Comparator.comparing((EpciReach line) -> line.epciCode() == null)
                .thenComparing(EpciReach::people, Comparator.reverseOrder())
                .thenComparing(line -> line.epciName() == null ? "" : line.epciName()));
        return lines;
    }
}
