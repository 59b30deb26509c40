package fr.ploucs.security.throttling;

import fr.ploucs.security.audit.AuditLog;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Slows down and then suspends logins after failures in a row, per account and per source address, in
 * {@code platform.login_throttle} so that a restart does not wipe the slate. After {@code delay-after} failures
 * each further attempt must wait a delay that doubles with every failure (up to {@code max-delay}); after
 * {@code lock-after} failures logins are refused for {@code lock-duration}, and the coordinators are told. An
 * attempt made while refused is not checked at all, yet counts as a failure. A successful login clears the
 * account's count; an address's count fades once it has made no failure for {@code forget-after}, so that one
 * valid account cannot be used to reset it.
 */
@Service
public class LoginThrottle {

    /** The thresholds of one kind of key (an account, an address). */
    record Limits(int delayAfter, Duration baseDelay, Duration maxDelay, int lockAfter, Duration lockDuration) {

        /** @return how long after this failure further attempts are refused, or null */
        Duration blockAfter(int failures) {
            if (failures >= lockAfter) {
                return lockDuration;
            }
            if (failures >= delayAfter) {
                int doublings = Math.min(30, failures - delayAfter);
                Duration delay = baseDelay.multipliedBy(1L << doublings);
                return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
            }
            return null;
        }
    }

    private static final String ACCOUNT = "account:";
    private static final String ADDRESS = "address:";
    private static final int MAX_KEY_LENGTH = 120;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Limits accountLimits;
    private final Limits addressLimits;
    private final Duration forgetAfter;
    private volatile Clock clock = Clock.systemUTC();

    LoginThrottle(JdbcClient jdbc, ApplicationEventPublisher events, AuditLog audit,
                  @Value("${ploucs.security.login.account.delay-after:3}") int accountDelayAfter,
                  @Value("${ploucs.security.login.account.lock-after:10}") int accountLockAfter,
                  @Value("${ploucs.security.login.address.delay-after:10}") int addressDelayAfter,
                  @Value("${ploucs.security.login.address.lock-after:50}") int addressLockAfter,
                  @Value("${ploucs.security.login.base-delay:1s}") Duration baseDelay,
                  @Value("${ploucs.security.login.max-delay:60s}") Duration maxDelay,
                  @Value("${ploucs.security.login.lock-duration:15m}") Duration lockDuration,
                  @Value("${ploucs.security.login.forget-after:1h}") Duration forgetAfter) {
        this.jdbc = jdbc;
        this.events = events;
        this.audit = audit;
        this.accountLimits = new Limits(accountDelayAfter, baseDelay, maxDelay, accountLockAfter, lockDuration);
        this.addressLimits = new Limits(addressDelayAfter, baseDelay, maxDelay, addressLockAfter, lockDuration);
        this.forgetAfter = forgetAfter;
    }

    /** For tests: lets time pass without waiting. */
    public void useClock(Clock clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /** @return how much longer logins for this account or from this address are refused, if they are */
    public Optional<Duration> blockedFor(String username, String address) {
        Instant now = now();
        return jdbc.sql("""
                        select max(blocked_until) from platform.login_throttle
                        where throttle_key in (?, ?) and blocked_until > ?""")
                .params(accountKey(username), addressKey(address), Timestamp.from(now))
                .query(Timestamp.class).optional()
                .map(until -> Duration.between(now, until.toInstant()));
    }

    /** Counts a failed (or refused) attempt against the account and the address, and blocks them as needed. */
    @Transactional
    public void failed(String username, String address) {
        Instant now = now();
        count(accountKey(username), accountLimits, now).ifPresent(failures -> {
            audit.record(AuditLog.Action.ACCOUNT_LOCKED, null, username, address);
            events.publishEvent(new AccountLockedOut(UUID.randomUUID(), now, shorten(username), failures,
                    accountLimits.lockDuration().toMinutes()));
        });
        if (address != null) {
            count(addressKey(address), addressLimits, now).ifPresent(failures -> {
                audit.record(AuditLog.Action.ADDRESS_LOCKED, null, null, address);
                events.publishEvent(new AddressLockedOut(UUID.randomUUID(), now, address, failures,
                        addressLimits.lockDuration().toMinutes()));
            });
        }
    }

    /** A successful login: the account starts afresh (the address does not). */
    @Transactional
    public void succeeded(String username) {
        jdbc.sql("delete from platform.login_throttle where throttle_key = ?").param(accountKey(username)).update();
    }

    /** A coordinator lifts the suspension of an account (when resetting its password). */
    @Transactional
    public void clear(String username) {
        succeeded(username);
    }

    /** @return the failures in a row when this failure starts a lock (the moment to tell the coordinators) */
    private Optional<Integer> count(String key, Limits limits, Instant now) {
        Timestamp at = Timestamp.from(now);
        Timestamp forgotten = Timestamp.from(now.minus(forgetAfter));
        record State(int failures, Timestamp blockedUntil) {
        }
        State state = jdbc.sql("""
                        insert into platform.login_throttle as t (throttle_key, failures, last_failure_at)
                        values (:key, 1, :now)
                        on conflict (throttle_key) do update set
                            failures = case when t.last_failure_at < :forgotten
                                                 and (t.blocked_until is null or t.blocked_until < :now)
                                            then 1 else t.failures + 1 end,
                            last_failure_at = :now
                        returning failures, (select blocked_until from platform.login_throttle where throttle_key = :key)
                        """)
                .param("key", key).param("now", at).param("forgotten", forgotten)
                .query((rs, n) -> new State(rs.getInt(1), rs.getTimestamp(2))).single();
        Duration block = limits.blockAfter(state.failures());
        if (block == null) {
            return Optional.empty();
        }
        Instant until = now.plus(block);
        boolean wasLocked = state.blockedUntil() != null && state.blockedUntil().toInstant().isAfter(now)
                && state.failures() > limits.lockAfter();
        Instant keep = state.blockedUntil() != null && state.blockedUntil().toInstant().isAfter(until)
                ? state.blockedUntil().toInstant() : until;
        jdbc.sql("update platform.login_throttle set blocked_until = ? where throttle_key = ?")
                .params(Timestamp.from(keep), key).update();
        return state.failures() >= limits.lockAfter() && !wasLocked ? Optional.of(state.failures()) : Optional.empty();
    }

    private static String accountKey(String username) {
        return ACCOUNT + shorten(username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return ADDRESS + shorten(address == null ? "unknown" : address);
    }

    private static String shorten(String value) {
        return value.length() <= MAX_KEY_LENGTH ? value : value.substring(0, MAX_KEY_LENGTH);
    }
}
