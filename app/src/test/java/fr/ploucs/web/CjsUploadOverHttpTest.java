package fr.ploucs.web;

import fr.ploucs.SignedIn;
import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase;
import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase.Enrol;
import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase.OpenEdition;
import fr.ploucs.awareness.cjs.domain.CooperantId;
import fr.ploucs.awareness.cjs.domain.EditionId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signed authorisation's upload through the real server (Tomcat's multipart limits, the CSRF token in the
 * address of the multipart form): a 20 MB file comes back to the form with the French message, never a 500 or a
 * Tomcat page; a 7 MB one gets the same message from the page; a small PDF is taken.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CjsUploadOverHttpTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]*/authorisation\\?_csrf=[^\"]+)\"");
    private static final String TOO_LARGE = "Le fichier dépasse 5 Mo";

    @LocalServerPort
    private int port;

    @Autowired
    private CjsUseCase cjs;

    @Autowired
    private Clock clock;

    private HttpClient client;
    private CooperantId cooperant;

    @BeforeEach
    void aCoordinatorAndASeventeenYearOld() throws Exception {
        LocalDate today = LocalDate.now(clock);
        EditionId edition = cjs.openEdition(new OpenEdition("CJS HTTP", "40197", today, today));
        cooperant = cjs.enrol(new Enrol(edition, "Lina", "Benali", today.minusYears(17)));
        client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String token = match(CSRF, get("/login").body());
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + SignedIn.COORDINATOR + "&password="
                        + URLEncoder.encode(SignedIn.COORDINATOR_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8))));
        assertThat(login.statusCode()).isEqualTo(302);
    }

    @Test
    void twenty_megabytes_come_back_to_the_form_with_the_french_message() throws Exception {
        HttpResponse<String> response = upload(new byte[20 * 1024 * 1024]);

        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/awareness/cjs/cooperants/" + cooperant + "?upload=too-large#authorisation");
        assertThat(get(location.replaceFirst("^https?://[^/]+", "").replaceFirst("#.*", "")).body())
                .contains(TOO_LARGE).contains("id=\"document-error\"");
    }

    @Test
    void seven_megabytes_get_the_french_message_from_the_page() throws Exception {
        HttpResponse<String> response = upload(new byte[7 * 1024 * 1024]);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(TOO_LARGE).contains("value=\"Nadia Benali\"");
    }

    @Test
    void a_small_pdf_is_taken() throws Exception {
        HttpResponse<String> response = upload("%PDF-1.7 signée".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(get("/awareness/cjs/cooperants/" + cooperant).body()).contains("Signée par Nadia Benali");
    }

    private HttpResponse<String> upload(byte[] document) throws Exception {
        String action = match(ACTION, get("/awareness/cjs/cooperants/" + cooperant).body()).replace("&amp;", "&");
        LocalDate today = LocalDate.now(clock);
        String boundary = "----ploucs" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        field(body, boundary, "signatory", "Nadia Benali");
        field(body, boundary, "signedOn", today.toString());
        field(body, boundary, "expiresOn", today.plusMonths(2).toString());
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"document\"; filename=\"scan.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(document);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(action))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value)
            throws IOException {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        return response;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String match(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as("found " + pattern + " in the page").isTrue();
        return matcher.group(1);
    }
}
