package fr.ploucs.events;

import fr.ploucs.sharedkernel.PloucsEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The last error of each listener on each event, for the page of failed publications. */
@Component
class ListenerFailures {

    private static final int LONGEST_ERROR = 2000;

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    ListenerFailures(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void record(String listenerId, PloucsEvent event, Throwable failure) {
        String error = describe(failure);
        ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                        insert into platform.event_listener_failure (listener_id, event_id, event_type, error)
                        values (?, ?, ?, ?)
                        on conflict (listener_id, event_id) do update
                        set error = excluded.error, failures = event_listener_failure.failures + 1, last_failed_at = now()""")
                .params(listenerId, event.eventId(), event.getClass().getName(), error)
                .update());
    }

    /** Forgets the errors of publications that have completed since. */
    int sweep() {
        return jdbc.sql("""
                        delete from platform.event_listener_failure f
                        where f.last_failed_at < now() - interval '1 minute'
                          and not exists (select 1 from platform.event_publication p
                                          where p.listener_id = f.listener_id
                                            and p.serialized_event::jsonb ->> 'eventId' = f.event_id::text)""")
                .update();
    }

    static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String text = failure == cause
                ? failure.getClass().getSimpleName() + ": " + failure.getMessage()
                : failure.getClass().getSimpleName() + ": " + failure.getMessage() + " (" + cause.getClass().getSimpleName()
                        + ": " + cause.getMessage() + ")";
        return text.length() > LONGEST_ERROR ? text.substring(0, LONGEST_ERROR) + "…" : text;
    }
}
