package fr.ploucs.cooperation;

import fr.ploucs.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two coordinators doing the same thing at the same moment, on two threads released together, several times over:
 * registering the same SIRET, adding the first contact of a member. One wins; the other gets a clear French message
 * on the form, never a server error, and nothing is stored twice.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConcurrentDuplicatesTest {

    private static final int ROUNDS = 6;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void two_coordinators_registering_the_same_siret_at_the_same_moment() throws Exception {
        MockHttpSession first = SignedIn.asCoordinator(mvc);
        MockHttpSession second = SignedIn.asCoordinator(mvc);
        for (int round = 0; round < ROUNDS; round++) {
            String siret = freshSiret();
            List<MockHttpServletResponse> answers = together(session -> register(session, siret), first, second);

            assertThat(answers).allSatisfy(answer -> assertThat(answer.getStatus()).isLessThan(500));
            assertThat(answers).filteredOn(answer -> answer.getRedirectedUrl() != null).hasSize(1);
            assertThat(answers).filteredOn(answer -> answer.getRedirectedUrl() == null).singleElement()
                    .satisfies(refused -> assertThat(refused.getContentAsString())
                            .contains("Une autre structure est déjà enregistrée avec ce SIRET."));
            assertThat(jdbc.sql("select count(*) from cooperation.member where siret = ?").param(siret)
                    .query(Long.class).single()).isEqualTo(1L);
        }
    }

    @Test
    void two_coordinators_adding_the_first_contact_of_a_member_at_the_same_moment() throws Exception {
        MockHttpSession first = SignedIn.asCoordinator(mvc);
        MockHttpSession second = SignedIn.asCoordinator(mvc);
        for (int round = 0; round < ROUNDS; round++) {
            MockHttpServletResponse registered = mvc.perform(register(first, "")).andReturn().getResponse();
            String location = registered.getRedirectedUrl();
            assertThat(location).startsWith("/cooperation/members/");
            UUID member = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

            List<MockHttpServletResponse> answers = together(session -> post("/cooperation/members/{id}/contacts",
                    member).session(session).with(csrf()).locale(Locale.FRENCH)
                    .param("name", "Lou " + UUID.randomUUID().toString().substring(0, 4)).param("role", "STAFF")
                    .param("email", "lou@example.org").param("phone", ""), first, second);

            assertThat(answers).allSatisfy(answer -> assertThat(answer.getStatus()).isLessThan(500));
            long saved = answers.stream().filter(answer -> answer.getRedirectedUrl() != null).count();
            assertThat(saved).isBetween(1L, 2L);
            for (MockHttpServletResponse answer : answers) {
                if (answer.getRedirectedUrl() == null) {
                    assertThat(answer.getContentAsString()).contains(
                            "Quelqu’un d’autre modifiait les contacts de cette structure au même moment");
                }
            }
            assertThat(jdbc.sql("select count(*) from cooperation.member_contact where member_id = ?").param(member)
                    .query(Long.class).single()).isEqualTo(saved);
        }
    }

    /** Both requests released at once, each on its own thread; their answers, or the failure MockMvc handed back. */
    private List<MockHttpServletResponse> together(Function<MockHttpSession, MockHttpServletRequestBuilder> request,
                                                   MockHttpSession... sessions) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(sessions.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
            for (MockHttpSession session : sessions) {
                MockHttpServletRequestBuilder builder = request.apply(session);
                answers.add(threads.submit(() -> {
                    start.await();
                    return mvc.perform(builder).andReturn().getResponse();
                }));
            }
            start.countDown();
            List<MockHttpServletResponse> responses = new ArrayList<>();
            for (Future<MockHttpServletResponse> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            threads.shutdownNow();
        }
    }

    private MockHttpServletRequestBuilder register(MockHttpSession session, String siret) {
        return post("/cooperation/members").session(session).with(csrf()).locale(Locale.FRENCH)
                .param("name", "La Coopérative " + UUID.randomUUID().toString().substring(0, 6))
                .param("legalForm", "SCOP").param("siret", siret).param("commune", "Rion-des-Landes")
                .param("joinedOn", "2023-10-01").param("representativeName", "Alex Duprat")
                .param("representativeEmail", "alex@example.org");
    }

    /** 14 digits that pass the Luhn check, as a SIRET does. */
    static String freshSiret() {
        while (true) {
            StringBuilder digits = new StringBuilder("9");
            for (int i = 0; i < 13; i++) {
                digits.append(ThreadLocalRandom.current().nextInt(10));
            }
            int sum = 0;
            for (int i = 0; i < 14; i++) {
                int digit = digits.charAt(13 - i) - '0';
                if (i % 2 == 1) {
                    digit *= 2;
                    if (digit > 9) {
                        digit -= 9;
                    }
                }
                sum += digit;
            }
            if (sum % 10 == 0) {
                return digits.toString();
            }
        }
    }
}
