package fr.ploucs.awareness.cjs.adapter.in.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An upload of the signed authorisation above the server's multipart limit (spring.servlet.multipart.max-file-size)
 * comes back to its form with the French « too large » message next to the field, never a 500 or the server's page.
 * <p>
 * The server refuses such a request as soon as anything reads its parameters, and Spring Security's CSRF check is the
 * first to: so a filter ahead of security reads the parts of the authorisation form's requests and, when they are too
 * large, sends the coordinator back to the form ({@code ?upload=too-large}). Nothing is recorded, and the page it goes
 * back to is behind the same access rules as ever. Should the limit be hit later, in Spring MVC, the advice does the
 * same.
 */
@ControllerAdvice
class CjsUploadTooLarge {

    static final String TOO_LARGE = "too-large";
    private static final Pattern AUTHORISATION = Pattern.compile(
            "^" + Pattern.quote(CjsEditionsController.PATH) + "/cooperants/([0-9a-fA-F-]{36})/authorisation/?$");

    @Bean
    static FilterRegistrationBean<Filter> cjsUploadLimitFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new UploadLimitFilter());
        registration.addUrlPatterns(CjsEditionsController.PATH + "/cooperants/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setName("cjsUploadLimitFilter");
        return registration;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request,
                          HttpServletResponse response) {
        Optional<String> back = formOf(request);
        if (back.isPresent()) {
            return new ModelAndView("redirect:" + back.get());
        }
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        return new ModelAndView("awareness/cjs/upload-too-large");
    }

    /** Where the authorisation form is, with the refusal, when the request is that form's. */
    static Optional<String> formOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher authorisation = AUTHORISATION.matcher(path);
        if (!authorisation.matches()) {
            return Optional.empty();
        }
        return Optional.of(CjsEditionsController.PATH + "/cooperants/" + authorisation.group(1) + "?upload="
                + TOO_LARGE + "#authorisation");
    }

    static boolean tooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
            if (cause instanceof MaxUploadSizeExceededException
                    || message.contains("exceed") && (message.contains("size") || message.contains("length"))) {
                return true;
            }
        }
        return false;
    }

    /** Reads the parts of the authorisation form's uploads before anything else, to catch those over the limit. */
    static final class UploadLimitFilter implements Filter {

        @Override
        public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest request = (HttpServletRequest) req;
            Optional<String> back = "POST".equals(request.getMethod()) && request.getContentType() != null
                    && request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/")
                    ? formOf(request) : Optional.empty();
            if (back.isPresent()) {
                try {
                    request.getParts();
                } catch (IOException | ServletException | RuntimeException e) {
                    if (tooLarge(e)) {
                        ((HttpServletResponse) res).sendRedirect(request.getContextPath() + back.get());
                        return;
                    }
                    throw e;
                }
            }
            chain.doFilter(req, res);
        }
    }
}
