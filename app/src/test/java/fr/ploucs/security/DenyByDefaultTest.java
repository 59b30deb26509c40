package fr.ploucs.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A page whose controller says nothing of who may use it is for coordinators only. */
class DenyByDefaultTest {

    private final AccessInterceptors.DenyByDefault interceptor = new AccessInterceptors.DenyByDefault();

    static class PageWithoutRule {
        public String page() {
            return "page";
        }

        @PreAuthorize("isAuthenticated()")
        public String pageForEveryone() {
            return "page";
        }
    }

    @PreAuthorize("hasRole('REPRESENTATIVE')")
    static class ControllerWithRule {
        public String page() {
            return "page";
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_route_without_rule_is_refused_to_a_representative_and_open_to_a_coordinator() throws Exception {
        HandlerMethod unruled = new HandlerMethod(new PageWithoutRule(), "page");
        signIn("ROLE_REPRESENTATIVE", "MEMBER_1");
        assertThatThrownBy(() -> interceptor.preHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), unruled))
                .isInstanceOf(AccessDeniedException.class);
        signIn("ROLE_COORDINATOR");
        assertThat(interceptor.preHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), unruled)).isTrue();
    }

    @Test
    void a_rule_on_the_method_or_the_class_is_left_to_method_security() throws Exception {
        signIn("ROLE_REPRESENTATIVE", "MEMBER_1");
        assertThat(interceptor.preHandle(new MockHttpServletRequest(), new MockHttpServletResponse(),
                new HandlerMethod(new PageWithoutRule(), "pageForEveryone"))).isTrue();
        assertThat(interceptor.preHandle(new MockHttpServletRequest(), new MockHttpServletResponse(),
                new HandlerMethod(new ControllerWithRule(), "page"))).isTrue();
    }

    private static void signIn(String... authorities) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("someone", null, authorities));
    }
}
