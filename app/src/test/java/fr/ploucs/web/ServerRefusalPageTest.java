package fr.ploucs.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests Tomcat refuses before PLOUCS sees them, sent over real HTTP to the started server: the answer is the
 * French page, never Tomcat's English "HTTP Status 400" report. A 10,000-character search is not one of them: it
 * reaches the application (server.max-http-request-header-size), which answers with its own page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServerRefusalPageTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void an_address_too_long_for_the_server_gets_the_french_page() throws Exception {
        HttpResponse<String> answer = get("/login?q=" + "a".repeat(200_000), null);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertFrenchPage(answer);
    }

    @Test
    void a_header_too_large_for_the_server_gets_the_french_page() throws Exception {
        HttpResponse<String> answer = get("/login", "b".repeat(200_000));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertFrenchPage(answer);
    }

    @Test
    void a_ten_thousand_character_search_reaches_the_application() throws Exception {
        HttpResponse<String> answer = get("/login?q=" + "é".repeat(10_000).replace("é", "%C3%A9"), null);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("lang=\"fr\"").doesNotContain("HTTP Status");
    }

    private HttpResponse<String> get(String path, String bigHeader) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html");
        if (bigHeader != null) {
            request.header("X-Too-Big", bigHeader);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void assertFrenchPage(HttpResponse<String> answer) {
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(answer.body())
                .contains("Demande refusée")
                .contains("Votre demande n’a pas pu être lue")
                .doesNotContain("HTTP Status")
                .doesNotContain("Apache Tomcat")
                .doesNotContain("Bad Request");
    }
}
