package fr.ploucs.security;

import fr.ploucs.security.audit.AuditLog;
import fr.ploucs.security.throttling.LoginThrottle;
import fr.ploucs.security.throttling.ThrottledAuthenticationProvider;

import fr.ploucs.sharedkernel.MemberId;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Creating, listing, deactivating and reactivating logins; changing and resetting passwords. */
@Service
public class UserAccountService {

    private final Clock clock;

    /** Why a deactivation was refused, as the message key shown to the coordinator; null when it was done. */
    enum Deactivation {
        DONE(null), SELF("account.deactivate.self"), LAST_COORDINATOR("account.deactivate.last-coordinator"),
        UNKNOWN("account.unknown");

        final String problem;

        Deactivation(String problem) {
            this.problem = problem;
        }
    }

    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final SessionRegistry sessions;
    private final AuditLog audit;
    private final LoginThrottle throttle;

    UserAccountService(UserAccounts accounts, PasswordEncoder passwordEncoder, SessionRegistry sessions, AuditLog audit,
                       LoginThrottle throttle, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.audit = audit;
        this.throttle = throttle;
    }

    boolean anyAccountExists() {
        return accounts.count() > 0;
    }

    /**
     * @param mustChangePassword true for a generated password (the person chooses theirs at first login), false for
     *                           one the operator chose (PLOUCS_ADMIN_PASSWORD)
     */
    @Transactional
    boolean createFirstCoordinator(String username, String password, boolean mustChangePassword) {
        boolean created = accounts.add(newAccount(username, username, password, Role.COORDINATOR, null, mustChangePassword));
        if (created) {
            audit.record(AuditLog.Action.ACCOUNT_CREATED, null, username, null);
        }
        return created;
    }

    /** @return false when another account already has this username */
    @Transactional
    boolean create(String actor, String username, String displayName, String password, Role role, MemberId memberId,
                   boolean mustChangePassword) {
        boolean created = accounts.add(newAccount(username.trim(), displayName.trim(), password, role,
                role == Role.REPRESENTATIVE ? memberId : null, mustChangePassword));
        if (created) {
            audit.record(AuditLog.Action.ACCOUNT_CREATED, actor, username.trim(), null);
        }
        return created;
    }

    List<UserAccount> all() {
        return accounts.all();
    }

    public Optional<UserAccount> byId(UUID id) {
        return accounts.byId(id);
    }

    long activeCoordinators() {
        return accounts.activeCoordinators();
    }

    /**
     * Deactivates the account and ends its open sessions: the person is signed out at their next click. Nobody
     * deactivates their own account, and the last active coordinator stays (someone must be able to run PLOUCS).
     */
    @Transactional
    Deactivation deactivate(PloucsUser actor, UUID accountId) {
        if (actor.id().equals(accountId)) {
            return Deactivation.SELF;
        }
        List<UUID> coordinators = accounts.lockActiveCoordinators();
        Optional<UserAccount> found = accounts.byId(accountId);
        if (found.isEmpty()) {
            return Deactivation.UNKNOWN;
        }
        UserAccount account = found.get();
        if (account.enabled() && account.role() == Role.COORDINATOR && coordinators.size() <= 1) {
            return Deactivation.LAST_COORDINATOR;
        }
        accounts.setEnabled(accountId, false);
        endSessions(accountId, null);
        audit.record(AuditLog.Action.ACCOUNT_DEACTIVATED, actor.getUsername(), account.username(), null);
        return Deactivation.DONE;
    }

    public List<EmailRecipient> coordinatorsWantingEmail() {
        return accounts.coordinatorsWantingEmail();
    }

    NotificationPreferences notificationPreferences(UUID accountId) {
        return accounts.notificationPreferences(accountId).orElseThrow();
    }

    @Transactional
    void setNotificationPreferences(UUID accountId, String email, boolean emailNotifications, Locale language) {
        accounts.setNotificationEmail(accountId, email == null || email.isBlank() ? null : email.strip(),
                emailNotifications, language);
    }

    @Transactional
    boolean reactivate(String actor, UUID accountId) {
        Optional<UserAccount> account = accounts.byId(accountId);
        account.ifPresent(found -> {
            accounts.setEnabled(accountId, true);
            audit.record(AuditLog.Action.ACCOUNT_REACTIVATED, actor, found.username(), null);
        });
        return account.isPresent();
    }

    /** Whether this is the account's current password. */
    public boolean isCurrentPassword(UUID accountId, String password) {
        if (password == null
                || password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > ThrottledAuthenticationProvider.BCRYPT_MAX_BYTES) {
            return false;
        }
        return accounts.byId(accountId).map(account -> passwordEncoder.matches(password, account.passwordHash()))
                .orElse(false);
    }

    /** The person chose a new password: their other open sessions end (a thief's included). */
    @Transactional
    public void changeOwnPassword(PloucsUser me, String newPassword, String currentSessionId) {
        accounts.setPassword(me.id(), passwordEncoder.encode(newPassword), false);
        endSessions(me.id(), currentSessionId);
        audit.record(AuditLog.Action.PASSWORD_CHANGED, me.getUsername(), me.getUsername(), null);
    }

    /** A coordinator gives a temporary password: the person must choose their own at next login. */
    @Transactional
    public boolean resetPassword(PloucsUser actor, UUID accountId, String temporaryPassword) {
        Optional<UserAccount> account = accounts.byId(accountId);
        account.ifPresent(found -> {
            accounts.setPassword(accountId, passwordEncoder.encode(temporaryPassword), true);
            endSessions(accountId, null);
            throttle.clear(found.username());
            audit.record(AuditLog.Action.PASSWORD_RESET, actor.getUsername(), found.username(), null);
        });
        return account.isPresent();
    }

    /** A fresh look at the account, for the session of its owner after a change. */
    public Optional<PloucsUser> reload(UUID accountId) {
        return accounts.byId(accountId).map(PloucsUser::new);
    }

    /**
     * Ends the access of the representatives of a member who left or changed representative: their accounts are
     * deactivated and their open sessions end. Applied once per event (a redelivery changes nothing).
     */
    @Transactional
    void endRepresentativeAccess(UUID eventId, MemberId memberId, Instant before, AuditLog.Action reason) {
        if (!accounts.markMembershipEventApplied(eventId)) {
            return;
        }
        for (String username : accounts.deactivateRepresentatives(memberId.value(), before)) {
            accounts.byUsername(username).ifPresent(account -> endSessions(account.id(), null));
            audit.record(reason, null, username, null);
        }
    }

    private void endSessions(UUID accountId, String except) {
        sessions.getAllPrincipals().stream()
                .filter(principal -> principal instanceof PloucsUser user && user.id().equals(accountId))
                .flatMap(principal -> sessions.getAllSessions(principal, false).stream())
                .filter(session -> !session.getSessionId().equals(except))
                .forEach(session -> session.expireNow());
    }

    private UserAccount newAccount(String username, String displayName, String password, Role role, MemberId memberId,
                                   boolean mustChangePassword) {
        return new UserAccount(UUID.randomUUID(), username, displayName, passwordEncoder.encode(password), role,
                memberId, true, clock.instant(), mustChangePassword);
    }
}
