package fr.ploucs.security;

import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route the application maps, asked by each kind of visitor (anonymous, the representative of member A, the
 * representative of member B, a coordinator), against the one declared matrix
 * {@code src/test/resources/security/route-access.txt}: one line per route, {@code METHOD /pattern ACCESS}. A route
 * the matrix does not name fails the build, and so does a line naming a route that no longer exists.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RouteAccessMatrixTest {

    static final String MATRIX = "security/route-access.txt";

    /** Who may use a route. Path variables are all filled with member A's id, so OWNER means "of the member in the path". */
    enum Access {
        /** everyone, signed in or not */
        PUBLIC,
        /** anyone signed in */
        SIGNED_IN,
        /** coordinators, and the representative of the member named in the path */
        OWNER,
        /** representatives only */
        REPRESENTATIVE,
        /** coordinators only: also what a route without an explicit rule gets */
        COORDINATOR
    }

    enum Outcome { ALLOWED, SENT_TO_LOGIN, DENIED }

    record Route(String method, String pattern) implements Comparable<Route> {
        @Override
        public int compareTo(Route other) {
            return (pattern + " " + method).compareTo(other.pattern + " " + other.method);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    UserAccountService accounts;

    private final MemberId memberA = new MemberId(UUID.randomUUID());
    private final MemberId memberB = new MemberId(UUID.randomUUID());
    private final Map<String, PloucsUser> visitors = new LinkedHashMap<>();

    @BeforeEach
    void visitors() {
        visitors.put("anonymous", null);
        visitors.put("representative of A", newAccount(Role.REPRESENTATIVE, memberA));
        visitors.put("representative of B", newAccount(Role.REPRESENTATIVE, memberB));
        visitors.put("coordinator", newAccount(Role.COORDINATOR, null));
    }

    @Test
    void the_matrix_names_every_route_and_only_routes_that_exist() {
        checkNamed(mapped().keySet(), matrix());
    }

    @Test
    void a_route_missing_from_the_matrix_fails_it() {
        Set<Route> routes = new TreeSet<>(mapped().keySet());
        routes.add(new Route("GET", "/une-page-sans-regle"));
        assertThatThrownBy(() -> checkNamed(routes, matrix()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET /une-page-sans-regle");
        Map<Route, Access> withAStaleLine = new TreeMap<>(matrix());
        withAStaleLine.put(new Route("POST", "/plus-rien-ici"), Access.COORDINATOR);
        assertThatThrownBy(() -> checkNamed(mapped().keySet(), withAStaleLine))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("POST /plus-rien-ici");
    }

    @Test
    void every_visitor_gets_what_the_matrix_says() throws Exception {
        Map<Route, Access> matrix = matrix();
        List<String> mismatches = new ArrayList<>();
        int asked = 0;
        for (Route route : mapped().keySet()) {
            Access access = matrix.get(route);
            if (access == null) {
                continue; // reported by the_matrix_names_every_route_and_only_routes_that_exist
            }
            for (var visitor : visitors.entrySet()) {
                Outcome expected = expected(access, visitor.getKey());
                Outcome actual = ask(route, visitor.getValue());
                asked++;
                if (expected != actual) {
                    mismatches.add(route + " (" + access + ") for " + visitor.getKey() + ": expected " + expected
                            + ", got " + actual);
                }
            }
        }
        assertThat(asked).isGreaterThan(100);
        assertThat(mismatches).as("routes whose access differs from the matrix").isEmpty();
    }

    static Outcome expected(Access access, String visitor) {
        boolean anonymous = visitor.equals("anonymous");
        boolean coordinator = visitor.equals("coordinator");
        boolean ownerOfThePath = visitor.equals("representative of A");
        if (access == Access.PUBLIC) {
            return Outcome.ALLOWED;
        }
        if (anonymous) {
            return Outcome.SENT_TO_LOGIN;
        }
        return switch (access) {
            case SIGNED_IN -> Outcome.ALLOWED;
            case OWNER -> coordinator || ownerOfThePath ? Outcome.ALLOWED : Outcome.DENIED;
            case REPRESENTATIVE -> coordinator ? Outcome.DENIED : Outcome.ALLOWED;
            case COORDINATOR -> coordinator ? Outcome.ALLOWED : Outcome.DENIED;
            case PUBLIC -> Outcome.ALLOWED;
        };
    }

    private Outcome ask(Route route, PloucsUser visitor) throws Exception {
        String path = fill(route.pattern());
        String method = route.method().equals("ANY") ? "GET" : route.method();
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path).accept(MediaType.TEXT_HTML)
                .with(csrf());
        if (visitor != null) {
            request.with(user(visitor));
        }
        MockHttpServletResponse response;
        try {
            response = mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            // The request reached the handler, which failed on the made-up ids: access was granted.
            return Outcome.ALLOWED;
        }
        String location = response.getRedirectedUrl();
        if (response.getStatus() == 401 || (location != null && location.replaceFirst("^https?://[^/]+", "").equals("/login"))) {
            return Outcome.SENT_TO_LOGIN;
        }
        return response.getStatus() == 403 ? Outcome.DENIED : Outcome.ALLOWED;
    }

    /**
     * A value each path variable accepts, so that the request reaches the access rules rather than a 400: a year
     * for a year, a number for an index, member A's id for any id.
     */
    private String fill(String pattern) {
        java.util.regex.Matcher variable = java.util.regex.Pattern.compile("\\{([^}:]+)[^}]*}").matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1).toLowerCase(java.util.Locale.ROOT);
            String value = name.contains("year") ? "2026"
                    : name.matches("index|position|number|page|line") ? "0" : memberA.value().toString();
            variable.appendReplacement(path, value);
        }
        variable.appendTail(path);
        return path.toString();
    }

    /** Fails, listing the routes the matrix does not name (with a suggested line) and the lines no route answers. */
    static void checkNamed(Set<Route> routes, Map<Route, Access> matrix) {
        List<String> problems = new ArrayList<>();
        for (Route route : routes) {
            if (!matrix.containsKey(route)) {
                problems.add("not in " + MATRIX + ": " + route);
            }
        }
        for (Route line : matrix.keySet()) {
            if (!routes.contains(line)) {
                problems.add("in " + MATRIX + " but mapped by no controller: " + line);
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems));
        }
    }

    /** The routes of every controller, with a suggested line for the matrix read from their annotations. */
    Map<Route, String> mapped() {
        Map<Route, String> routes = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            if (AccessInterceptors.hasExplicitRule(mapping.getValue())
                    && org.springframework.boot.webmvc.error.ErrorController.class.isAssignableFrom(mapping.getValue().getBeanType())) {
                continue; // the error pages answer whatever went wrong, for everyone
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.put(new Route("ANY", pattern), suggestion(mapping.getValue()));
                }
                for (RequestMethod method : methods) {
                    routes.put(new Route(method.name(), pattern), suggestion(mapping.getValue()));
                }
            }
        }
        return routes;
    }

    private static String suggestion(HandlerMethod handler) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        String expression = rule == null ? "" : rule.value();
        if (expression.contains("MEMBER_")) {
            return Access.OWNER.name();
        }
        if (expression.contains("permitAll")) {
            return Access.PUBLIC.name();
        }
        if (expression.contains("isAuthenticated")) {
            return Access.SIGNED_IN.name();
        }
        if (expression.contains("REPRESENTATIVE")) {
            return Access.REPRESENTATIVE.name();
        }
        return Access.COORDINATOR.name();
    }

    static Map<Route, Access> matrix() {
        Map<Route, Access> matrix = new TreeMap<>();
        try (InputStream in = RouteAccessMatrixTest.class.getClassLoader().getResourceAsStream(MATRIX)) {
            assertThat(in).as(MATRIX).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String content = line.strip();
                if (content.isEmpty() || content.startsWith("#")) {
                    continue;
                }
                String[] parts = content.split("\\s+");
                if (parts.length != 3) {
                    throw new AssertionError(MATRIX + ": a line is METHOD /pattern ACCESS, not: " + line);
                }
                Route route = new Route(parts[0], parts[1]);
                if (matrix.put(route, Access.valueOf(parts[2])) != null) {
                    throw new AssertionError(MATRIX + " names " + route + " twice");
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return matrix;
    }

    /** Prints the lines the matrix misses, as suggested by each handler's annotations, to copy into the file. */
    @Test
    void suggested_lines_for_the_routes_the_matrix_misses() {
        Map<Route, Access> matrix = matrix();
        mapped().forEach((route, suggestion) -> {
            if (!matrix.containsKey(route)) {
                System.out.printf("%-6s %-70s %s%n", route.method(), route.pattern(), suggestion);
            }
        });
    }

    private PloucsUser newAccount(Role role, MemberId member) {
        String username = "matrice-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create("test", username, "Visiteur " + role, "Chaise-Verte-Sous-La-Pluie", role, member, false);
        return accounts.reload(accounts.all().stream().filter(a -> a.username().equals(username)).findFirst()
                .orElseThrow().id()).orElseThrow();
    }
}
