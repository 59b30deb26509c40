package fr.ploucs.events;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The publications Spring Modulith's registry holds as failed, with the error recorded when their listener threw,
 * and their resubmission on a coordinator's demand. In archive mode the registry's table holds only incomplete
 * publications, so these queries stay small.
 */
@Service
class FailedPublications {

    private final JdbcClient jdbc;
    private final IncompleteEventPublications incomplete;
    private final java.time.Clock clock;

    FailedPublications(JdbcClient jdbc, IncompleteEventPublications incomplete, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.incomplete = incomplete;
        this.clock = clock;
    }

    List<FailedPublication> page(int page, int size) {
        return jdbc.sql("""
                        select p.id, p.listener_id, p.event_type, p.publication_date, p.last_resubmission_date,
                               p.completion_attempts, f.error
                        from platform.event_publication p
                        left join platform.event_listener_failure f
                               on f.listener_id = p.listener_id
                              and f.event_id::text = p.serialized_event::jsonb ->> 'eventId'
                        where p.status = 'FAILED'
                        order by p.publication_date, p.id
                        limit ? offset ?""")
                .params(size, (long) page * size)
                .query(ROW).list();
    }

    long count() {
        return jdbc.sql("select count(*) from platform.event_publication where status = 'FAILED'")
                .query(Long.class).single();
    }

    /** Failed for longer than {@code age} since their publication: the ones to alert the coordinators about. */
    List<FailedPublication> failedLongerThan(Duration age) {
        return jdbc.sql("""
                        select p.id, p.listener_id, p.event_type, p.publication_date, p.last_resubmission_date,
                               p.completion_attempts, null as error
                        from platform.event_publication p
                        where p.status = 'FAILED' and p.publication_date < ?""")
                .param(Timestamp.from(clock.instant().minus(age)))
                .query(ROW).list();
    }

    /** Resubmits this publication now, if it is still failed. */
    void resubmit(UUID id) {
        incomplete.resubmitIncompletePublications(
                publication -> publication.getIdentifier().equals(id) && failed(publication));
    }

    void resubmitAll() {
        incomplete.resubmitIncompletePublications(FailedPublications::failed);
    }

    private static boolean failed(EventPublication publication) {
        return publication.getStatus() == EventPublication.Status.FAILED;
    }

    private static final RowMapper<FailedPublication> ROW = (rs, n) -> new FailedPublication(
            rs.getObject("id", UUID.class),
            rs.getString("listener_id"),
            rs.getString("event_type"),
            rs.getTimestamp("publication_date").toInstant(),
            rs.getTimestamp("last_resubmission_date") == null ? null : rs.getTimestamp("last_resubmission_date").toInstant(),
            rs.getInt("completion_attempts"),
            rs.getString("error"));
}
