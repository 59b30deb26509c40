package fr.ploucs.web;

import fr.ploucs.security.PloucsUser;
import fr.ploucs.security.Role;
import fr.ploucs.security.UserAccountService;
import fr.ploucs.sharedkernel.MemberId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.beans.PropertyDescriptor;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * No input breaks a page, property-based (jqwik): at each try, EVERY route the application maps (read from
 * {@link RequestMappingHandlerMapping}, so a new route is covered the day it exists) is asked by a coordinator or by
 * a representative, its path variables filled with ids that exist, random ones or hostile text, and its query
 * parameters and form fields (read from the handler's {@code @RequestParam}s and the properties of its form beans,
 * list properties included, with indexes past the binder's auto-grow limit) with generated values: each field either
 * plausible or hostile (dates and years far out of range, huge and negative numbers, 10,000 characters, RTL marks,
 * NUL, emoji, combining characters, lone surrogates, template and SQL injection). The answer is never a 5xx, nor an
 * exception MockMvc hands back (a person would see a server error), and an HTML page never shows a stack trace or
 * an English Whitelabel / Tomcat error.
 * <p>
 * jqwik runs it on the JUnit platform beside Jupiter; the Spring test context (the one of the other
 * {@code @SpringBootTest}s, embedded PostgreSQL included) is prepared by a {@link TestContextManager}, since jqwik
 * knows nothing of Spring. Shrinking is off: a failure lists every request that failed, with its values, and jqwik
 * prints the seed that replays it ({@code @Property(seed = "…")}). The number of tries is jqwik's default,
 * {@code jqwik.tries.default} in {@code junit-platform.properties} (4: about 500 requests, within two minutes on the
 * shared build machine); {@code -Djqwik.tries.default=50} runs a deeper search.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HostileInputPropertyTest {

    private static final int VALUES_PER_TRY = 3000;
    private static final int PATH_VALUES_PER_TRY = 400;
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");
    private static final Pattern ERROR_LEAKS = Pattern.compile(
            "Whitelabel|HTTP Status \\d|\\bat (?:java|org|fr|jakarta)\\.[\\w.$]+\\(|java\\.lang\\.\\w+(?:Exception|Error)"
                    + "|org\\.springframework\\.[\\w.]+Exception|There was an unexpected error");
    /** Routes that end the visitor's session: asked, they would sign the test out. */
    private static final Set<String> SKIPPED = Set.of("/logout");

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    UserAccountService accounts;
    @Autowired
    JdbcClient jdbc;

    private static int requestsSent;
    /** How the requests were answered, by status: shows in the test's output how deep the values went. */
    private static final Map<Integer, Integer> STATUSES = new TreeMap<>();
    /** Which existing id goes where: drawn from the try's generated seed, so that a try replays the same. */
    private static java.util.Random picks = new java.util.Random(0);

    HostileInputPropertyTest() throws Exception {
        new TestContextManager(getClass()).prepareTestInstance(this);
    }

    @Property(shrinking = ShrinkingMode.OFF)
    void no_input_gets_a_server_error_or_a_stack_trace(
            @ForAll("visitors") Role visitor,
            @ForAll @Size(VALUES_PER_TRY) List<@From("fieldValues") Optional<String>> fieldValues,
            @ForAll @Size(PATH_VALUES_PER_TRY) List<@From("pathValues") String> pathValues,
            @ForAll long idChoice) {
        picks = new java.util.Random(idChoice);
        List<String> existingIds = existingIds();
        PloucsUser signedIn = visitor == Role.COORDINATOR ? account(Role.COORDINATOR, null)
                : account(Role.REPRESENTATIVE, existingMember());
        Iterator<Optional<String>> values = cycle(fieldValues);
        Iterator<String> paths = cycle(pathValues);
        List<String> failures = new ArrayList<>();
        int asked = 0;
        for (Target target : targets()) {
            MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(target.method()),
                    target.pattern().replaceAll(VARIABLE.pattern(), "{$1}"),
                    pathVariables(target.pattern(), paths, existingIds))
                    .accept(MediaType.TEXT_HTML).with(csrf()).with(user(signedIn));
            Map<String, String> sent = new TreeMap<>();
            for (Field field : target.fields()) {
                Optional<String> value = values.next();
                String typed = value.orElseGet(() -> plausible(field, existingIds));
                sent.put(field.name(), typed);
                request.param(field.name(), typed);
            }
            asked++;
            String failure = failure(request);
            if (failure != null) {
                failures.add(target.method() + " " + target.pattern() + " as " + visitor + " → " + failure
                        + "\n      sent: " + shortened(sent));
            }
        }
        requestsSent += asked;
        assertThat(asked).as("routes asked").isGreaterThan(100);
        assertThat(failures).as("requests answered with a server error or a stack trace").isEmpty();
    }

    @AfterContainer
    static void report() {
        System.out.println("HostileInputPropertyTest: " + requestsSent + " requests sent, answered " + STATUSES);
    }

    /** What was wrong with the answer, or null. */
    private String failure(MockHttpServletRequestBuilder request) {
        MockHttpServletResponse response;
        try {
            response = mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            return "exception " + rootCause(e);
        } catch (StackOverflowError | OutOfMemoryError e) {
            return e.toString();
        }
        STATUSES.merge(response.getStatus(), 1, Integer::sum);
        if (response.getStatus() >= 500) {
            return "status " + response.getStatus() + " " + response.getErrorMessage();
        }
        String type = response.getContentType();
        if (type != null && type.startsWith("text/html")) {
            try {
                Matcher leak = ERROR_LEAKS.matcher(response.getContentAsString());
                if (leak.find()) {
                    return "status " + response.getStatus() + ", the page shows: " + leak.group();
                }
            } catch (Exception e) {
                return "unreadable page " + e;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------- the routes

    record Field(String name, Class<?> type) {
    }

    record Target(String method, String pattern, List<Field> fields) {
    }

    /** Every mapped route with the parameters and form fields its handler reads. */
    private List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            if (info.getPathPatternsCondition() == null) {
                continue;
            }
            List<Field> fields = fields(mapping.getValue());
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (SKIPPED.contains(pattern)) {
                    continue;
                }
                if (methods.isEmpty()) {
                    targets.add(new Target("GET", pattern, fields));
                    targets.add(new Target("POST", pattern, fields));
                }
                for (RequestMethod method : methods) {
                    targets.add(new Target(method.name(), pattern, fields));
                }
            }
        }
        targets.sort(java.util.Comparator.comparing(t -> t.pattern() + " " + t.method()));
        return targets;
    }

    /** The request parameters of a handler and the properties of its form beans, as a browser would name them. */
    static List<Field> fields(HandlerMethod handler) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            Class<?> type = parameter.getParameterType();
            if (parameter.hasParameterAnnotation(PathVariable.class)) {
                continue;
            }
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (requestParam != null) {
                String name = !requestParam.name().isEmpty() ? requestParam.name() : parameter.getParameterName();
                if (name != null && !Map.class.isAssignableFrom(type)) {
                    fields.put(name, new Field(name, type));
                }
                continue;
            }
            if (isFormBean(type)) {
                properties("", type, fields, 0);
            }
        }
        // What every list and every form may be sent, whether or not its handler reads it.
        fields.putIfAbsent("page", new Field("page", int.class));
        fields.putIfAbsent("version", new Field("version", long.class));
        return new ArrayList<>(fields.values());
    }

    private static boolean isFormBean(Class<?> type) {
        return type.getName().startsWith("fr.ploucs.") && !type.isEnum() && !type.isInterface()
                && !type.isRecord() && !BeanUtils.isSimpleProperty(type)
                && !type.getSimpleName().equals("SignedInPerson") && !PloucsUser.class.isAssignableFrom(type)
                && !Model.class.isAssignableFrom(type) && !BindingResult.class.isAssignableFrom(type);
    }

    private static void properties(String prefix, Class<?> type, Map<String, Field> fields, int depth) {
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
            if (property.getWriteMethod() == null && !Collection.class.isAssignableFrom(
                    property.getPropertyType() == null ? Object.class : property.getPropertyType())) {
                continue;
            }
            String name = prefix + property.getName();
            Class<?> propertyType = property.getPropertyType();
            if (Collection.class.isAssignableFrom(propertyType)) {
                Class<?> element = ResolvableType.forMethodReturnType(property.getReadMethod()).asCollection()
                        .resolveGeneric(0);
                if (element != null && isFormBean(element) && depth < 2) {
                    // The first line, and one far past the binder's auto-grow limit (256).
                    properties(name + "[0].", element, fields, depth + 1);
                    properties(name + "[100000].", element, fields, depth + 1);
                } else {
                    Class<?> elementType = element == null ? String.class : element;
                    fields.put(name, new Field(name, elementType));
                    fields.put(name + "[100000]", new Field(name + "[100000]", elementType));
                }
            } else if (isFormBean(propertyType) && depth < 2) {
                properties(name + ".", propertyType, fields, depth + 1);
            } else {
                fields.put(name, new Field(name, propertyType));
            }
        }
    }

    private Object[] pathVariables(String pattern, Iterator<String> values, List<String> existingIds) {
        List<Object> variables = new ArrayList<>();
        Matcher variable = VARIABLE.matcher(pattern);
        while (variable.find()) {
            String value = values.next();
            if (value.equals(EXISTING_ID)) {
                value = variable.group(1).toLowerCase(java.util.Locale.ROOT).contains("year")
                        ? String.valueOf(LocalDate.now().getYear()) : pick(existingIds, UUID.randomUUID().toString());
            }
            variables.add(value);
        }
        return variables.toArray();
    }

    /** A value a person could well have typed, so that the hostile one next to it gets past the others. */
    private static String plausible(Field field, List<String> existingIds) {
        String name = field.name().toLowerCase(java.util.Locale.ROOT);
        Class<?> type = field.type();
        if (type == LocalDate.class) {
            return LocalDate.now().toString();
        }
        if (type == LocalDateTime.class) {
            return LocalDate.now().plusDays(3) + (name.contains("end") ? "T11:00" : "T10:00");
        }
        if (type == LocalTime.class) {
            return name.contains("end") ? "11:00" : "10:00";
        }
        if (type == Year.class || name.endsWith("year")) {
            return String.valueOf(LocalDate.now().getYear());
        }
        if (type == YearMonth.class) {
            return YearMonth.now().toString();
        }
        if (type == UUID.class || name.endsWith("id")) {
            return pick(existingIds, UUID.randomUUID().toString());
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true";
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants.length == 0 ? "" : ((Enum<?>) constants[Math.abs(name.hashCode()) % constants.length]).name();
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return name.equals("version") || name.equals("page") ? "0" : "3";
        }
        if (name.contains("mail")) {
            return "alex@example.org";
        }
        if (name.contains("siret")) {
            return "";
        }
        if (name.contains("amount") || name.contains("price") || name.contains("rate")) {
            return "12,50";
        }
        if (name.contains("commune")) {
            return "Rion-des-Landes";
        }
        return "Texte ordinaire";
    }

    // ---------------------------------------------------------------------------------------------- the values

    /** Stands, among the path values, for "an id that exists", picked at request time. */
    static final String EXISTING_ID = "<existing id>";

    @Provide
    Arbitrary<Role> visitors() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Role.COORDINATOR)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Role.REPRESENTATIVE)));
    }

    /** Empty: a plausible value for the field; present: a hostile one. */
    @Provide
    Arbitrary<Optional<String>> fieldValues() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Optional.<String>empty())),
                net.jqwik.api.Tuple.of(1, hostile().map(Optional::of)));
    }

    @Provide
    Arbitrary<String> pathValues() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just(EXISTING_ID)),
                net.jqwik.api.Tuple.of(2, Arbitraries.create(() -> UUID.randomUUID().toString())),
                net.jqwik.api.Tuple.of(2, years()),
                net.jqwik.api.Tuple.of(1, numbers()),
                net.jqwik.api.Tuple.of(1, dates()),
                net.jqwik.api.Tuple.of(1, oddText()));
    }

    static Arbitrary<String> hostile() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, dates()),
                net.jqwik.api.Tuple.of(2, years()),
                net.jqwik.api.Tuple.of(3, numbers()),
                net.jqwik.api.Tuple.of(3, oddText()),
                net.jqwik.api.Tuple.of(1, longText()),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("", " ", "\t", "null", "undefined", "true", "on",
                        UUID.randomUUID().toString(), "00000000-0000-0000-0000-000000000000")));
    }

    /** Dates and date-times far out of range, or not dates at all. */
    static Arbitrary<String> dates() {
        Arbitrary<String> anyYear = Combinators.combine(
                Arbitraries.integers().between(-999_999_999, 999_999_999),
                Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28))
                .as((year, month, day) -> isoYear(year) + "-%02d-%02d".formatted(month, day));
        Arbitrary<String> fixed = Arbitraries.of("+999999999-12-31", "-999999999-01-01", "0001-01-01", "0000-01-01",
                "9999-12-31", "-5", "-0005-01-01", "1900-12-31", "1901-01-01", "2026-02-30", "2026-13-45",
                "+99999-06-15", "+999999999-12-31T23:59", "0001-01-01T00:00", "9999-12-31T23:59:59",
                "2026-06-15T25:61", "31/12/2026", "2026-1-1", "24:00", "99:99", "-01:00");
        return Arbitraries.oneOf(fixed, anyYear, anyYear.map(date -> date + "T10:00"));
    }

    static String isoYear(int year) {
        if (year > 9999) {
            return "+" + year;
        }
        return year < 0 ? "-%04d".formatted(-year) : "%04d".formatted(year);
    }

    static Arbitrary<String> years() {
        return Arbitraries.oneOf(
                Arbitraries.of("999999999", "1000000000", "-999999999", "-5", "0", "1", "2147483647", "2147483648",
                        "-2147483649", "99999999999999999999", "+2026", "2026.5", "1e9"),
                Arbitraries.integers().map(String::valueOf));
    }

    static Arbitrary<String> numbers() {
        return Arbitraries.oneOf(
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))
                        .map(BigInteger::toString),
                Arbitraries.bigDecimals().between(new BigDecimal("-1e15"), new BigDecimal("1e15")).ofScale(6)
                        .map(number -> number.toPlainString().replace('.', ',')),
                Arbitraries.of("9".repeat(400), "1e308", "-1e308", "1e-308", "NaN", "Infinity", "-Infinity", "-0",
                        "0,0000001", "1 000 000", "0x1F", "12,345.67", "-0,01", "99999999999999999999,99",
                        "9223372036854775808", "-9223372036854775809", "2147483648", "１２３"));
    }

    /** Short text with characters that have broken pages elsewhere. */
    static Arbitrary<String> oddText() {
        Arbitrary<String> pieces = Arbitraries.of("\u202Eévil\u202C", "\u200F", "\u0000", "\u0007", "\uFEFF",
                "👩‍👩‍👧‍👦", "🏳️‍🌈", "e\u0301\u0301\u0301\u0301", "Z̸̡̢͍̹̗̞̅̈́͋̈́", "\uD800", "\uDFFF", "\u2028",
                "<script>alert(1)</script>", "' OR 1=1 --", "\"; DROP TABLE member; --", "${7*7}",
                "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x", "[[${7*7}]]", "#{7*7}", "../../etc/passwd",
                "%00", "%", "\\", "\r\nSet-Cookie: x=y", "ß", "İ", "ǅ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "日本語", "مرحبا", " ");
        return Arbitraries.oneOf(
                pieces.list().ofMinSize(1).ofMaxSize(6).map(list -> String.join("", list)),
                Arbitraries.strings().all().ofMaxLength(40));
    }

    /** 10,000 characters and more, of odd ones. */
    static Arbitrary<String> longText() {
        return Combinators.combine(oddText(), Arbitraries.integers().between(10_000, 12_000))
                .as((piece, length) -> {
                    String unit = piece.isEmpty() ? "a" : piece;
                    StringBuilder text = new StringBuilder(length + unit.length());
                    while (text.length() < length) {
                        text.append(unit);
                    }
                    return text.toString();
                });
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** Up to a few ids of each table of the pillars, so that requests reach real pages and forms. */
    private List<String> existingIds() {
        List<String> ids = new ArrayList<>();
        List<String> tables = jdbc.sql("""
                        select table_schema || '.' || table_name from information_schema.columns
                        where column_name = 'id' and data_type = 'uuid' and table_schema not in ('platform', 'public')
                        order by 1""").query(String.class).list();
        for (String table : tables) {
            jdbc.sql("select id::text from " + table + " order by random() limit 3").query(String.class).list()
                    .forEach(ids::add);
        }
        return ids;
    }

    private MemberId existingMember() {
        List<UUID> members = jdbc.sql("select id from cooperation.member order by random() limit 1")
                .query(UUID.class).list();
        return new MemberId(members.isEmpty() ? UUID.randomUUID() : members.get(0));
    }

    private PloucsUser account(Role role, MemberId member) {
        return fr.ploucs.security.TestAccounts.newAccount(accounts, "hostile", role, member);
    }

    private static String pick(List<String> ids, String otherwise) {
        return ids.isEmpty() ? otherwise : ids.get(picks.nextInt(ids.size()));
    }

    private static <T> Iterator<T> cycle(List<T> values) {
        return new Iterator<>() {
            int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public T next() {
                return values.get(next++ % values.size());
            }
        };
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getName() + ": " + shortened(String.valueOf(cause.getMessage()));
    }

    private static String shortened(Object value) {
        String text = String.valueOf(value);
        text = text.replaceAll("(.{40})\\1{3,}", "$1…(repeated)");
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }
}
