package fr.ploucs.security.throttling;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** Logins for this account or from this address are suspended for a while: the password was not even checked. */
public class LoginBlockedException extends AuthenticationException {

    private final transient Duration retryAfter;

    LoginBlockedException(Duration retryAfter) {
        super("login suspended");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
