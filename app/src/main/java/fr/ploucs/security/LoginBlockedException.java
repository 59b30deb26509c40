package fr.ploucs.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** Logins for this account or from this address are suspended for a while: the password was not even checked. */
class LoginBlockedException extends AuthenticationException {

    private final transient Duration retryAfter;

    LoginBlockedException(Duration retryAfter) {
        super("login suspended");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
