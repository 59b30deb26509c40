package fr.ploucs.web;

import fr.ploucs.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.CollectionUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every page and every form of every pillar, asked with nonsense (unknown ids, words where numbers or dates are
 * expected, empty forms): a coordinator gets an answer, a refusal or an error page, never a server error. New pages
 * are covered as soon as they exist.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NoServerErrorTest {

    private static final List<String> NONSENSE = List.of("x", "0", "-1", UUID.randomUUID().toString(), "2026-13-45",
            "%27%3B--");

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void nonsense_never_gets_a_server_error() throws Exception {
        MockHttpSession coordinator = SignedIn.asCoordinator(mvc);
        List<String> failures = new ArrayList<>();
        int asked = 0;
        for (var mapping : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : patterns(info)) {
                if (pattern.startsWith("/error") || pattern.equals("/logout")) {
                    continue;
                }
                for (String value : NONSENSE) {
                    String path = pattern.replaceAll("\\{[^}]+}", value);
                    String[] parameters = {"q", value, "status", value, "year", value, "from", value, "to", value,
                            "kind", value, "view", value, "date", value, "member", value, "resource", value};
                    if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                        asked++;
                        statusOf("GET " + path, failures, () -> mvc.perform(get(path).session(coordinator)
                                .accept(MediaType.TEXT_HTML).queryParams(CollectionUtils.toMultiValueMap(
                                        toMap(parameters)))).andReturn().getResponse().getStatus());
                    }
                    if (methods.contains(RequestMethod.POST)) {
                        var request = post(path).session(coordinator).with(csrf()).accept(MediaType.TEXT_HTML);
                        for (int i = 0; i < parameters.length; i += 2) {
                            request.param(parameters[i], parameters[i + 1]);
                        }
                        asked++;
                        statusOf("POST " + path, failures, () -> mvc.perform(request.param("version", value)
                                        .param("hours", value).param("amount", value).param("capacity", value))
                                .andReturn().getResponse().getStatus());
                    }
                }
            }
        }
        assertThat(asked).as("requests sent").isGreaterThan(500);
        assertThat(failures).as("requests answered with a server error").isEmpty();
    }

    /** MockMvc hands back an exception no handler turned into a page: a person would have seen a server error. */
    private static void statusOf(String request, List<String> failures, Call call) {
        try {
            int status = call.status();
            if (status >= 500) {
                failures.add(request + " → " + status);
            }
        } catch (Exception e) {
            failures.add(request + " → " + rootCause(e));
        }
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    @FunctionalInterface
    private interface Call {
        int status() throws Exception;
    }

    private static Set<String> patterns(RequestMappingInfo info) {
        Set<String> patterns = new TreeSet<>();
        if (info.getPathPatternsCondition() != null) {
            info.getPathPatternsCondition().getPatternValues().forEach(patterns::add);
        }
        return patterns;
    }

    private static java.util.Map<String, List<String>> toMap(String[] parameters) {
        java.util.Map<String, List<String>> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            map.put(parameters[i], List.of(parameters[i + 1]));
        }
        return map;
    }
}
