package fr.ploucs.notification;

import fr.ploucs.sharedkernel.PloucsEvent;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The coordinators' inbox: one entry per event of any pillar, each read or unread per coordinator.
 * An event delivered twice is recorded once (its id is unique).
 */
@Service
public class NotificationCentre {

    private final JdbcClient jdbc;

    NotificationCentre(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the entry of this event, recorded now or by an earlier delivery */
    @Transactional
    public UUID record(PloucsEvent event) {
        jdbc.sql("""
                        insert into platform.notification (id, event_id, event_type, message_key, arguments, occurred_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (event_id) do nothing""")
                .params(UUID.randomUUID(), event.eventId(), event.getClass().getName(),
                        "notification." + event.getClass().getSimpleName(),
                        event.notificationArguments().toArray(String[]::new),
                        Timestamp.from(event.occurredAt()))
                .update();
        return jdbc.sql("select id from platform.notification where event_id = ?").param(event.eventId())
                .query(UUID.class).single();
    }

    /**
     * An inbox entry that no pillar event carries (an alert of the platform itself). {@code key} plays the event
     * id's part: the same key is recorded once, however often it is raised.
     *
     * @return the new entry, or empty when this key was already recorded
     */
    @Transactional
    public Optional<UUID> recordOnce(UUID key, String messageKey, List<String> arguments) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                        insert into platform.notification (id, event_id, event_type, message_key, arguments, occurred_at)
                        values (?, ?, ?, ?, ?, now())
                        on conflict (event_id) do nothing""")
                .params(id, key, "platform.alert", messageKey, arguments.toArray(String[]::new))
                .update();
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    public long unreadCount(UUID userId) {
        return jdbc.sql("""
                        select count(*) from platform.notification n
                        where not exists (select 1 from platform.notification_read r
                                          where r.notification_id = n.id and r.user_id = ?)""")
                .param(userId).query(Long.class).single();
    }

    public List<Notification> latest(UUID userId, int limit) {
        return jdbc.sql("""
                        select n.id, n.message_key, n.arguments, n.occurred_at,
                               exists (select 1 from platform.notification_read r
                                       where r.notification_id = n.id and r.user_id = :user) as read
                        from platform.notification n
                        order by n.occurred_at desc, n.created_at desc
                        limit :limit""")
                .param("user", userId).param("limit", limit)
                .query(NOTIFICATION).list();
    }

    @Transactional
    public void markRead(UUID userId, UUID notificationId) {
        jdbc.sql("""
                        insert into platform.notification_read (notification_id, user_id)
                        select id, ? from platform.notification where id = ?
                        on conflict do nothing""")
                .params(userId, notificationId).update();
    }

    @Transactional
    public void markAllRead(UUID userId) {
        jdbc.sql("""
                        insert into platform.notification_read (notification_id, user_id)
                        select id, ? from platform.notification
                        on conflict do nothing""")
                .param(userId).update();
    }

    private static final RowMapper<Notification> NOTIFICATION = (rs, n) -> new Notification(
            rs.getObject("id", UUID.class),
            rs.getString("message_key"),
            strings(rs.getArray("arguments")),
            rs.getTimestamp("occurred_at").toInstant(),
            rs.getBoolean("read"));

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
