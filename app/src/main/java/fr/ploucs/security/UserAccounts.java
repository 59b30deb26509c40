package fr.ploucs.security;

import fr.ploucs.sharedkernel.MemberId;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The accounts, in {@code platform.user_account}. */
@Repository
class UserAccounts {

    private static final RowMapper<UserAccount> ROW = (rs, n) -> new UserAccount(
            rs.getObject("id", UUID.class),
            rs.getString("username"),
            rs.getString("display_name"),
            rs.getString("password_hash"),
            Role.valueOf(rs.getString("role")),
            rs.getObject("member_id", UUID.class) == null ? null : new MemberId(rs.getObject("member_id", UUID.class)),
            rs.getBoolean("enabled"),
            rs.getTimestamp("created_at").toInstant(),
            rs.getBoolean("must_change_password"));

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("select count(*) from platform.user_account").query(Long.class).single();
    }

    Optional<UserAccount> byUsername(String username) {
        return jdbc.sql("select * from platform.user_account where lower(username) = lower(?)")
                .param(username).query(ROW).optional();
    }

    Optional<UserAccount> byId(UUID id) {
        return jdbc.sql("select * from platform.user_account where id = ?").param(id).query(ROW).optional();
    }

    List<UserAccount> all() {
        return jdbc.sql("select * from platform.user_account order by enabled desc, lower(display_name)").query(ROW).list();
    }

    /** @return false when the username is taken (the unique index decides, so two concurrent creations cannot both win) */
    boolean add(UserAccount account) {
        return jdbc.sql("""
                        insert into platform.user_account (id, username, display_name, password_hash, role, member_id, enabled,
                                                          must_change_password)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict do nothing""")
                .params(account.id(), account.username(), account.displayName(), account.passwordHash(),
                        account.role().name(), account.memberId() == null ? null : account.memberId().value(),
                        account.enabled(), account.mustChangePassword())
                .update() == 1;
    }

    void setNotificationEmail(UUID id, String email, boolean emailNotifications, Locale language) {
        jdbc.sql("update platform.user_account set email = ?, email_notifications = ?, email_language = ? where id = ?")
                .params(email, emailNotifications, language == null ? null : language.getLanguage(), id).update();
    }

    Optional<NotificationPreferences> notificationPreferences(UUID id) {
        return jdbc.sql("select email, email_notifications from platform.user_account where id = ?").param(id)
                .query((rs, n) -> new NotificationPreferences(rs.getString("email"), rs.getBoolean("email_notifications")))
                .optional();
    }

    List<EmailRecipient> coordinatorsWantingEmail() {
        return jdbc.sql("""
                        select id, display_name, email, email_language from platform.user_account
                        where enabled and role = 'COORDINATOR' and email_notifications""")
                .query((rs, n) -> new EmailRecipient(rs.getObject("id", UUID.class), rs.getString("display_name"),
                        rs.getString("email"), language(rs.getString("email_language"))))
                .list();
    }

    private static Locale language(String tag) {
        return tag == null ? null : Locale.forLanguageTag(tag);
    }

    void setEnabled(UUID id, boolean enabled) {
        jdbc.sql("update platform.user_account set enabled = ? where id = ?").params(enabled, id).update();
    }

    void setPassword(UUID id, String passwordHash, boolean mustChange) {
        jdbc.sql("""
                        update platform.user_account set password_hash = ?, must_change_password = ?, password_changed_at = now()
                        where id = ?""")
                .params(passwordHash, mustChange, id).update();
    }

    /** The enabled coordinators, locked until the end of the transaction so that two deactivations cannot both pass. */
    List<UUID> lockActiveCoordinators() {
        return jdbc.sql("select id from platform.user_account where enabled and role = 'COORDINATOR' order by id for update")
                .query(UUID.class).list();
    }

    long activeCoordinators() {
        return jdbc.sql("select count(*) from platform.user_account where enabled and role = 'COORDINATOR'")
                .query(Long.class).single();
    }

    /**
     * Deactivates the representatives' accounts of this member opened before {@code before} (a successor's account
     * opened afterwards is kept).
     * @return the usernames deactivated
     */
    List<String> deactivateRepresentatives(UUID memberId, java.time.Instant before) {
        return jdbc.sql("""
                        update platform.user_account set enabled = false
                        where role = 'REPRESENTATIVE' and member_id = ? and enabled and created_at <= ?
                        returning username""")
                .params(memberId, java.sql.Timestamp.from(before)).query(String.class).list();
    }

    /** @return false when this membership event was already applied */
    boolean markMembershipEventApplied(UUID eventId) {
        return jdbc.sql("insert into platform.account_membership_event (event_id) values (?) on conflict do nothing")
                .param(eventId).update() == 1;
    }
}
