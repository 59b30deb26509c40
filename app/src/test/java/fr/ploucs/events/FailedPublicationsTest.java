package fr.ploucs.events;

import fr.ploucs.SignedIn;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.events.MemberJoined;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A listener that fails leaves its publication failed: the error is recorded, the scheduled retry tries it again,
 * coordinators see it on /admin/events and can resubmit it, and one alert reaches their inbox.
 */
@SpringBootTest(properties = {
        // The schedule is driven by hand here; no back-off delay, and an alert at once.
        "ploucs.events.retry.interval=PT1H", "ploucs.events.retry.first-delay=PT0S", "ploucs.events.alert-after=PT0S"})
@AutoConfigureMockMvc
class FailedPublicationsTest {

    static final AtomicBoolean OUT_OF_ORDER = new AtomicBoolean(true);
    static final String LISTENER = "test.events.out-of-order";

    @TestConfiguration
    static class OutOfOrderListenerConfiguration {
        @Bean
        OutOfOrderListener outOfOrderListener() {
            return new OutOfOrderListener();
        }
    }

    static class OutOfOrderListener {
        @ApplicationModuleListener(id = LISTENER)
        void on(MemberJoined joined) {
            if (OUT_OF_ORDER.get() && joined.memberName().startsWith("Panne")) {
                throw new IllegalStateException("Le service de test est en panne");
            }
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PublicationRetries retries;

    @Test
    void a_failing_listener_is_retried_shown_alerted_once_and_resubmitted() throws Exception {
        OUT_OF_ORDER.set(true);
        MemberJoined joined = new MemberJoined(UUID.randomUUID(), Instant.now(), MemberId.newId(),
                "Panne " + UUID.randomUUID().toString().substring(0, 6), "Ygos", LocalDate.of(2026, 11, 2));
        transaction.executeWithoutResult(status -> events.publishEvent(joined));
        UUID publication = await().atMost(Duration.ofSeconds(15)).until(() -> failed(joined), Optional::isPresent)
                .orElseThrow();
        await().atMost(Duration.ofSeconds(5)).until(() -> error(joined).isPresent());
        assertThat(error(joined)).contains("IllegalStateException: Le service de test est en panne");

        // The schedule retries it (no delay configured here): one more attempt, failed again.
        retries.retryDue();
        await().atMost(Duration.ofSeconds(15)).until(() -> attempts(publication) >= 2 && failed(joined).isPresent());
        assertThat(jdbc.sql("select failures from platform.event_listener_failure where listener_id = ? and event_id = ?")
                .params(LISTENER, joined.eventId()).query(Integer.class).single()).isGreaterThanOrEqualTo(2);

        // Coordinators see it, with the error; nobody else does.
        MockHttpSession coordinator = SignedIn.asCoordinator(mvc);
        mvc.perform(get("/admin/events").session(coordinator))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Publications d’événements en échec"),
                        containsString(LISTENER), containsString("MemberJoined"),
                        containsString("IllegalStateException: Le service de test est en panne"))));
        mvc.perform(get("/admin/events").session(coordinator).header("Accept-Language", "en"))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/events").param("page", "-3").session(coordinator)).andExpect(status().isOk());
        mvc.perform(get("/admin/events").param("page", "2147483647").session(coordinator)).andExpect(status().isOk());
        mvc.perform(get("/admin/events").with(user("representant").roles("REPRESENTATIVE")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/events/resubmit").with(user("representant").roles("REPRESENTATIVE")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/events")).andExpect(redirectedUrl("/login"));

        // Still failed past the threshold: one alert, however often the schedule sees it.
        retries.alertLongFailures();
        retries.alertLongFailures();
        assertThat(jdbc.sql("""
                        select count(*) from platform.notification
                        where message_key = 'notification.EventPublicationFailing' and arguments[1] = ?
                          and event_id = ?""")
                .params(LISTENER, UUID.nameUUIDFromBytes(("event-publication-failing:" + publication).getBytes()))
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/notifications").session(coordinator))
                .andExpect(content().string(containsString("n’a toujours pas pu être traité par " + LISTENER)));

        // The cause fixed, a coordinator resubmits it: it completes and leaves the page.
        OUT_OF_ORDER.set(false);
        mvc.perform(post("/admin/events/" + publication + "/resubmit").session(coordinator).with(csrf()))
                .andExpect(redirectedUrl("/admin/events"));
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
                "select count(*) from platform.event_publication where id = ?").param(publication)
                .query(Long.class).single() == 0);
        assertThat(jdbc.sql("select count(*) from platform.event_publication_archive where id = ?").param(publication)
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/admin/events").session(coordinator))
                .andExpect(content().string(not(containsString(joined.eventId().toString()))))
                .andExpect(content().string(not(containsString(publication.toString()))));
    }

    @Test
    void resubmitting_all_retries_every_failed_publication() throws Exception {
        OUT_OF_ORDER.set(true);
        MemberJoined joined = new MemberJoined(UUID.randomUUID(), Instant.now(), MemberId.newId(),
                "Panne " + UUID.randomUUID().toString().substring(0, 6), "Ygos", LocalDate.of(2026, 11, 2));
        transaction.executeWithoutResult(status -> events.publishEvent(joined));
        UUID publication = await().atMost(Duration.ofSeconds(15)).until(() -> failed(joined), Optional::isPresent)
                .orElseThrow();

        OUT_OF_ORDER.set(false);
        mvc.perform(post("/admin/events/resubmit").session(SignedIn.asCoordinator(mvc)).with(csrf()))
                .andExpect(redirectedUrl("/admin/events"));
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
                "select count(*) from platform.event_publication where id = ?").param(publication)
                .query(Long.class).single() == 0);
    }

    private Optional<UUID> failed(MemberJoined joined) {
        return jdbc.sql("""
                        select id from platform.event_publication
                        where listener_id = ? and status = 'FAILED' and serialized_event::jsonb ->> 'eventId' = ?""")
                .params(LISTENER, joined.eventId().toString()).query(UUID.class).optional();
    }

    private int attempts(UUID publication) {
        return jdbc.sql("select completion_attempts from platform.event_publication where id = ?").param(publication)
                .query(Integer.class).optional().orElse(0);
    }

    private Optional<String> error(MemberJoined joined) {
        return jdbc.sql("select error from platform.event_listener_failure where listener_id = ? and event_id = ?")
                .params(LISTENER, joined.eventId()).query(String.class).optional();
    }
}
