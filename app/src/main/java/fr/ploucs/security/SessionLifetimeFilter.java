package fr.ploucs.security;

import fr.ploucs.security.audit.AuditLog;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/**
 * Ends a signed-in session that has been idle too long or has simply lived too long. What the person does counts as
 * activity; what the page does on its own (the unread-badge polling, the paths of {@code background-paths}) does not,
 * so a tab left open does not keep a session alive for ever. An expired session goes to the login page; an htmx
 * request is told to go there with {@code HX-Redirect}, so the page does not go on showing what it showed.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = SessionLifetimeFilter.class.getName() + ".signedInAt";
    static final String LAST_ACTIVITY = SessionLifetimeFilter.class.getName() + ".lastActivity";
    private static final String EXPIRED = "/login?expired";

    private final Duration idleTimeout;
    private final Duration absoluteLifetime;
    private final Set<String> backgroundPaths;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    SessionLifetimeFilter(Duration idleTimeout, Duration absoluteLifetime, Set<String> backgroundPaths, AuditLog audit) {
        this.idleTimeout = idleTimeout;
        this.absoluteLifetime = absoluteLifetime;
        this.backgroundPaths = backgroundPaths;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session == null || authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        long now = clock.millis();
        long signedInAt = attribute(session, SIGNED_IN_AT, now);
        long lastActivity = attribute(session, LAST_ACTIVITY, now);
        if (now - lastActivity > idleTimeout.toMillis() || now - signedInAt > absoluteLifetime.toMillis()) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            audit.record(AuditLog.Action.SESSION_EXPIRED, authentication.getName(), authentication.getName(),
                    request.getRemoteAddr());
            String target = request.getContextPath() + EXPIRED;
            if (request.getHeader("HX-Request") != null) {
                response.setHeader("HX-Redirect", target);
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            } else {
                response.sendRedirect(target);
            }
            return;
        }
        if (!isBackground(request)) {
            session.setAttribute(LAST_ACTIVITY, now);
        }
        chain.doFilter(request, response);
    }

    private boolean isBackground(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return backgroundPaths.contains(path);
    }

    private static long attribute(HttpSession session, String name, long now) {
        if (session.getAttribute(name) instanceof Long value) {
            return value;
        }
        session.setAttribute(name, now);
        return now;
    }
}
