package fr.ploucs.faults;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A coordinator using the forms over HTTP, as a browser would: session cookie, CSRF token, redirects read. */
final class Browserless {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("name=\"version\"\\s+value=\"(\\d+)\"");

    private final String baseUrl;
    private HttpClient client;
    private String csrf;

    Browserless(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    void logIn(String username, String password) throws IOException, InterruptedException {
        client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(3)).build();
        String token = token(get("/login").body());
        HttpResponse<String> response = post("/login", form("username", username, "password", password, "_csrf", token));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Login refused: " + response.statusCode() + " " + location);
        }
        // The token changes with the session at login: read it from a form of the signed-in session.
        csrf = token(get("/cooperation/members/new").body());
    }

    /** A new address takes the account's password (issue 9). */
    void askForNotificationEmails(String address, String password) throws IOException, InterruptedException {
        expectRedirect(post("/account", form("email", address, "emailNotifications", "true",
                "currentPassword", password, "_csrf", csrf)));
    }

    /** @return the new member's id */
    String register(String name, String email) throws IOException, InterruptedException {
        HttpResponse<String> response = post("/cooperation/members", form("name", name, "legalForm", "SCOP",
                "siret", "", "commune", "Rion-des-Landes", "joinedOn", "2020-01-06",
                "representativeName", "Camille Test", "representativeEmail", email, "_csrf", csrf));
        String location = expectRedirect(response);
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /**
     * Records a departure, or a return when the member has already left (a change whose answer a kill swallowed
     * may have been stored).
     *
     * @return true when a change was stored
     */
    boolean toggleMembership(String memberId, String today) throws IOException, InterruptedException {
        if (membershipChange(memberId, "departure", today)) {
            return true;
        }
        return membershipChange(memberId, "return", today);
    }

    private boolean membershipChange(String memberId, String kind, String today)
            throws IOException, InterruptedException {
        String page = get("/cooperation/members/" + memberId + "/" + kind).body();
        Matcher version = VERSION.matcher(page);
        if (!version.find()) {
            throw new IllegalStateException("No version on the " + kind + " form of " + memberId);
        }
        HttpResponse<String> response = post("/cooperation/members/" + memberId + "/" + kind,
                form("date", today, "reason", "Essai de panne", "version", version.group(1), "_csrf", csrf));
        if (response.statusCode() == 302) {
            return true;
        }
        if (response.statusCode() == 200) {
            return false; // refused by a membership rule: the member is not in the state this change needs
        }
        throw new IllegalStateException(kind + " answered " + response.statusCode());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return response;
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String expectRedirect(HttpResponse<String> response) {
        if (response.statusCode() != 302) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode());
        }
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static String token(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("No CSRF token in the page");
        }
        return matcher.group(1);
    }

    private static String form(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
