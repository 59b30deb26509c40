package fr.ploucs.security.throttling;

import fr.ploucs.security.audit.AuditLog;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The form login's password check, behind the {@link LoginThrottle}: a suspended account or address is refused
 * before its password is looked at; every failure is counted and written to the {@link AuditLog}. A password longer
 * than bcrypt reads (72 bytes) cannot be right, and is answered as a wrong one rather than as a server error.
 */
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    public static final int BCRYPT_MAX_BYTES = 72;
    private static final int MAX_AUDITED_USERNAME = 60;

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    public ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, AuditLog audit) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName() == null ? "" : authentication.getName().strip();
        String audited = username.length() <= MAX_AUDITED_USERNAME ? username : username.substring(0, MAX_AUDITED_USERNAME);
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;

        if (throttle.blockedFor(username, address).isPresent()) {
            throttle.failed(username, address);
            audit.record(AuditLog.Action.LOGIN_BLOCKED, null, audited, address);
            throw new LoginBlockedException(throttle.blockedFor(username, address).orElse(Duration.ofSeconds(1)));
        }
        Object credentials = authentication.getCredentials();
        if (credentials == null || credentials.toString().getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
            throw failure(username, audited, address);
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(username);
            audit.record(AuditLog.Action.LOGIN, audited, audited, address);
            return result;
        } catch (BadCredentialsException e) {
            throw failure(username, audited, address);
        } catch (DisabledException e) {
            audit.record(AuditLog.Action.LOGIN_REFUSED_DISABLED, null, audited, address);
            throw e;
        }
    }

    private RuntimeException failure(String username, String audited, String address) {
        throttle.failed(username, address);
        audit.record(AuditLog.Action.LOGIN_FAILED, null, audited, address);
        return throttle.blockedFor(username, address)
                .filter(wait -> wait.compareTo(Duration.ofSeconds(2)) > 0)
                .<RuntimeException>map(LoginBlockedException::new)
                .orElseGet(() -> new BadCredentialsException("Bad credentials"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
