package fr.ploucs.security.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * Who did what to which account, from where: logins, failures, lockouts, password changes and resets, account
 * creation and deactivation. Kept in {@code platform.audit_entry}, read by coordinators at {@code /audit}. Entries
 * name accounts by username; no e-mail address nor password ever goes in.
 */
@Service
public class AuditLog {

    /** What happened; the page shows the message {@code audit.action.<name>}. */
    public enum Action {
        LOGIN, LOGIN_FAILED, LOGIN_REFUSED_DISABLED, LOGIN_BLOCKED, ACCOUNT_LOCKED, ADDRESS_LOCKED,
        PASSWORD_CHANGED, PASSWORD_CHANGE_FAILED, PASSWORD_RESET, EMAIL_CHANGED,
        ACCOUNT_CREATED, ACCOUNT_DEACTIVATED, ACCOUNT_REACTIVATED, ACCESS_ENDED_MEMBER_LEFT,
        ACCESS_ENDED_REPRESENTATIVE_CHANGED, SESSION_EXPIRED
    }

    public record Entry(long id, Instant occurredAt, Action action, String actor, String subject, String address) {
    }

    public record Page(List<Entry> entries, int number, int size, long total) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasPrevious() {
            return number > 0;
        }

        public boolean hasNext() {
            return number + 1 < pages();
        }
    }

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Written in a transaction of its own, so that a refused login or a rolled-back change still leaves its trace. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(Action action, String actor, String subject, String address) {
        jdbc.sql("insert into platform.audit_entry (action, actor, subject, address) values (?, ?, ?, ?)")
                .params(action.name(), truncate(actor), truncate(subject), truncate(address))
                .update();
    }

    public Page page(int number, int size) {
        int page = Math.max(0, number);
        long total = jdbc.sql("select count(*) from platform.audit_entry").query(Long.class).single();
        List<Entry> entries = jdbc.sql("""
                        select id, occurred_at, action, actor, subject, address from platform.audit_entry
                        order by occurred_at desc, id desc limit :size offset :offset""")
                .param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        Action.valueOf(rs.getString("action")), rs.getString("actor"), rs.getString("subject"),
                        rs.getString("address")))
                .list();
        return new Page(entries, page, size, total);
    }

    private static String truncate(String value) {
        return value == null || value.length() <= 200 ? value : value.substring(0, 200);
    }
}
