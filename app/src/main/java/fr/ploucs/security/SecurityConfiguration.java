package fr.ploucs.security;

import fr.ploucs.security.audit.AuditLog;
import fr.ploucs.security.throttling.LoginBlockedException;
import fr.ploucs.security.throttling.LoginThrottle;
import fr.ploucs.security.throttling.ThrottledAuthenticationProvider;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

import java.time.Duration;
import java.util.Set;

/**
 * Form login for everything but the login page and static assets, behind the {@link LoginThrottle}. Coordinators'
 * areas are ruled here; every other page says who may use it with {@code @PreAuthorize}, and a page that says
 * nothing is for coordinators only ({@link AccessInterceptors}). Sessions are registered so that deactivating an
 * account ends its open sessions at once, and end when idle or too old ({@link SessionLifetimeFilter}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessions, PasswordEncoder encoder,
                                            PloucsUserDetailsService users, LoginThrottle throttle, AuditLog audit,
                                            @Value("${ploucs.security.session.idle-timeout:30m}") Duration idleTimeout,
                                            @Value("${ploucs.security.session.absolute-lifetime:12h}") Duration lifetime,
                                            @Value("${ploucs.security.session.background-paths:/notifications/unread-count}")
                                            Set<String> backgroundPaths) throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();
        http
                .authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle, audit)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/accounts/**", "/notifications/**", "/audit/**", "/admin/**").hasRole(Role.COORDINATOR.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll()
                        .failureHandler((request, response, exception) -> redirect.sendRedirect(request, response,
                                exception instanceof LoginBlockedException blocked
                                        ? "/login?blocked=" + Math.max(1, blocked.retryAfter().toSeconds())
                                        : "/login?error")))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll()
                        // What the browser kept of the signed-in pages goes with the session.
                        .addLogoutHandler(new HeaderWriterLogoutHandler(new ClearSiteDataHeaderWriter(
                                ClearSiteDataHeaderWriter.Directive.CACHE, ClearSiteDataHeaderWriter.Directive.STORAGE))))
                .sessionManagement(session -> session
                        .maximumSessions(-1)
                        .sessionRegistry(sessions)
                        .expiredUrl("/login?expired"))
                .addFilterAfter(new SessionLifetimeFilter(idleTimeout, lifetime, backgroundPaths, audit),
                        SecurityContextHolderFilter.class)
                .headers(headers -> headers
                        // Cache-Control: no-store on every answer stays Spring Security's default; HSTS is sent on
                        // HTTPS requests (behind a proxy, see server.forward-headers-strategy in docs/operations.md).
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'")));
        return http.build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, and stored with its id so a later algorithm can be added without locking anyone out.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
