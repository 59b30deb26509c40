package fr.ploucs.awareness.shell.adapter.out.persistence;

import fr.ploucs.awareness.shell.application.port.in.AwarenessFollowUpQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The home panel's counts in one SQL query. Reads (never writes) the sessions feature's table {@code awareness.session}
 * and the CJS feature's {@code awareness.cjs_edition} and {@code awareness.cjs_cooperant}, as docs/performance.md
 * allows within a pillar. An authorisation is valid until its expiry day included, as the CJS domain says.
 */
@Component
@Transactional(readOnly = true)
class AwarenessFollowUpReads implements AwarenessFollowUpQuery {

    private final JdbcClient jdbc;
    private final Clock clock;

    AwarenessFollowUpReads(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public FollowUp followUp() {
        return jdbc.sql("""
                        select (select count(*) from awareness.session where status = 'REQUESTED') as requested,
                               (select count(*) from awareness.session where status = 'DELIVERED') as delivered,
                               (select count(*)
                                  from awareness.cjs_cooperant c
                                  join awareness.cjs_edition e on e.id = c.edition_id
                                 where e.ends_on >= :today
                                   and (c.authorisation_expires_on is null or c.authorisation_expires_on < :today))
                                   as missing""")
                .param("today", LocalDate.now(clock))
                .query((rs, n) -> new FollowUp(rs.getLong("requested"), rs.getLong("delivered"),
                        rs.getLong("missing")))
                .single();
    }
}
