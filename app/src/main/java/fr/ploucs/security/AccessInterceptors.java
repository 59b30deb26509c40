package fr.ploucs.security;

import fr.ploucs.security.passwords.PasswordController;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Two checks on every page, once the handler is known:
 * <ul>
 * <li><b>Deny by default.</b> A handler whose method or class carries no {@code @PreAuthorize} has no explicit rule,
 * and is refused to everyone but coordinators: a page added without thinking of representatives is not open to them
 * by accident.</li>
 * <li><b>A password to choose.</b> Someone signed in with a generated or reset password goes to
 * {@code /account/password} whatever they ask, until they have chosen their own.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class AccessInterceptors implements WebMvcConfigurer {

    public static final String CHANGE_PASSWORD = "/account/password";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PasswordChangeRequired());
        registry.addInterceptor(new DenyByDefault());
    }

    /** Whether this handler says who may use it. */
    static boolean hasExplicitRule(HandlerMethod handler) {
        return AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class)
                || ErrorController.class.isAssignableFrom(handler.getBeanType());
    }

    static final class DenyByDefault implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (handler instanceof HandlerMethod method && !hasExplicitRule(method) && !isCoordinator()) {
                throw new AccessDeniedException("No explicit access rule for " + method.getShortLogMessage());
            }
            return true;
        }

        private static boolean isCoordinator() {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication != null && authentication.getAuthorities().stream()
                    .anyMatch(authority -> ("ROLE_" + Role.COORDINATOR.name()).equals(authority.getAuthority()));
        }
    }

    static final class PasswordChangeRequired implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws Exception {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (!(handler instanceof HandlerMethod method)
                    || authentication == null || !(authentication.getPrincipal() instanceof PloucsUser user)
                    || !user.mustChangePassword()
                    || method.getBeanType() == PasswordController.class
                    || ErrorController.class.isAssignableFrom(method.getBeanType())) {
                return true;
            }
            String target = request.getContextPath() + CHANGE_PASSWORD;
            if (request.getHeader("HX-Request") != null) {
                response.setHeader("HX-Redirect", target);
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            } else {
                response.sendRedirect(target);
            }
            return false;
        }
    }
}
