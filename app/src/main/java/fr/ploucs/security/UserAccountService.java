package fr.ploucs.security;

import fr.ploucs.sharedkernel.MemberId;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Creating, listing, deactivating and reactivating logins. */
@Service
public class UserAccountService {

    private final Clock clock;
    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final SessionRegistry sessions;

    UserAccountService(UserAccounts accounts, PasswordEncoder passwordEncoder, SessionRegistry sessions, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
    }

    boolean anyAccountExists() {
        return accounts.count() > 0;
    }

    @Transactional
    boolean createFirstCoordinator(String username, String password) {
        return accounts.add(newAccount(username, username, password, Role.COORDINATOR, null));
    }

    /** @return false when another account already has this username */
    @Transactional
    boolean create(String username, String displayName, String password, Role role, MemberId memberId) {
        return accounts.add(newAccount(username.trim(), displayName.trim(), password, role,
                role == Role.REPRESENTATIVE ? memberId : null));
    }

    List<UserAccount> all() {
        return accounts.all();
    }

    /** Deactivates the account and ends its open sessions: the person is signed out at their next click. */
    @Transactional
    void deactivate(UUID accountId) {
        accounts.byId(accountId).ifPresent(account -> {
            accounts.setEnabled(accountId, false);
            sessions.getAllPrincipals().stream()
                    .filter(principal -> principal instanceof PloucsUser user && user.id().equals(accountId))
                    .flatMap(principal -> sessions.getAllSessions(principal, false).stream())
                    .forEach(session -> session.expireNow());
        });
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
    void reactivate(UUID accountId) {
        accounts.setEnabled(accountId, true);
    }

    private UserAccount newAccount(String username, String displayName, String password, Role role, MemberId memberId) {
        return new UserAccount(UUID.randomUUID(), username, displayName, passwordEncoder.encode(password), role,
                memberId, true, clock.instant());
    }
}
