package fr.ploucs.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fr.ploucs.SignedIn;
import fr.ploucs.security.EmailRecipient;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.events.MemberJoined;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A coordinator asks for e-mail notifications in « Mon compte », and each event reaches their mailbox once, even
 * when the SMTP server was down when it happened. */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationEmailsTest {

    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension mail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP_PORT);
        properties.add("ploucs.dues.reminder-cron", () -> "-");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    NotificationEmails emails;
    @Autowired
    JdbcClient jdbc;

    @Test
    void an_event_is_e_mailed_once_to_the_coordinator_who_asked() throws Exception {
        MockHttpSession coordinator = SignedIn.asCoordinator(mvc);
        mvc.perform(post("/account").session(coordinator).with(csrf())
                        .param("email", "coordination@reseau-ploucs.example").param("emailNotifications", "true")
                        // A new address takes the password (issue 9).
                        .param("currentPassword", SignedIn.COORDINATOR_PASSWORD))
                .andExpect(redirectedUrl("/account"));
        String name = "La Ruche " + UUID.randomUUID().toString().substring(0, 6);
        MemberJoined joined = new MemberJoined(UUID.randomUUID(), Instant.now(), MemberId.newId(), name, "Ygos",
                LocalDate.of(2026, 11, 2));

        transaction.executeWithoutResult(status -> events.publishEvent(joined));
        MimeMessage received = await().atMost(Duration.ofSeconds(10)).until(() -> about(name), message -> message != null);
        transaction.executeWithoutResult(status -> events.publishEvent(joined));
        Thread.sleep(1500);

        assertThat(Arrays.stream(mail.getReceivedMessages()).filter(message -> subjectOf(message).contains(name)))
                .hasSize(1);
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("coordination@reseau-ploucs.example");
        assertThat(subjectOf(received)).isEqualTo("PLOUCS : La structure " + name + " a rejoint le réseau.");
        assertThat(received.getContent().toString()).contains("Bonjour coordination", "/notifications");

        // The test database is shared by the run: leave the coordinator as the other tests expect.
        mvc.perform(post("/account").session(coordinator).with(csrf()).param("email", ""))
                .andExpect(redirectedUrl("/account"));
    }

    @Test
    void renders_the_english_e_mail_from_its_template() {
        MemberJoined joined = new MemberJoined(UUID.randomUUID(), Instant.now(), MemberId.newId(), "La Ruche", "Ygos",
                LocalDate.of(2026, 11, 2));

        SimpleMailMessage english = emails.mail(new EmailRecipient(UUID.randomUUID(), "Alex", "alex@reseau.example", null),
                joined, Locale.ENGLISH);

        assertThat(english.getTo()).containsExactly("alex@reseau.example");
        assertThat(english.getSubject()).startsWith("PLOUCS: ").contains("La Ruche").doesNotContain("??");
        assertThat(english.getText()).startsWith("Hello Alex,\n\n")
                .contains("La Ruche", "All notifications: ", "/notifications", "because you asked for it")
                .doesNotContain("??", "Bonjour");
        assertThat(emails.mail(new EmailRecipient(UUID.randomUUID(), "Alex", "alex@reseau.example", null), joined,
                Locale.FRENCH).getText()).startsWith("Bonjour Alex,").contains("Toutes les notifications : ");
    }

    @Test
    void a_coordinator_who_chose_e_mails_in_english_receives_them_in_english() throws Exception {
        MockHttpSession coordinator = SignedIn.asCoordinator(mvc);
        mvc.perform(post("/account").session(coordinator).with(csrf()).param("lang", "en")
                        .param("email", "coordination@reseau-ploucs.example").param("emailNotifications", "true")
                        .param("currentPassword", SignedIn.COORDINATOR_PASSWORD))
                .andExpect(redirectedUrl("/account"));
        String name = "The Hive " + UUID.randomUUID().toString().substring(0, 6);
        MemberJoined joined = new MemberJoined(UUID.randomUUID(), Instant.now(), MemberId.newId(), name, "Ygos",
                LocalDate.of(2026, 11, 2));

        transaction.executeWithoutResult(status -> events.publishEvent(joined));
        MimeMessage received = await().atMost(Duration.ofSeconds(10)).until(() -> about(name), message -> message != null);

        assertThat(subjectOf(received)).startsWith("PLOUCS: ").contains(name);
        assertThat(received.getContent().toString()).startsWith("Hello coordination").contains("All notifications: ");
        mvc.perform(post("/account").session(coordinator).with(csrf()).param("email", ""))
                .andExpect(redirectedUrl("/account"));
    }

    @Test
    void no_e_mail_goes_for_an_event_whose_transaction_rolled_back() throws Exception {
        MockHttpSession coordinator = SignedIn.asCoordinator(mvc);
        mvc.perform(post("/account").session(coordinator).with(csrf())
                        .param("email", "coordination@reseau-ploucs.example").param("emailNotifications", "true")
                        .param("currentPassword", SignedIn.COORDINATOR_PASSWORD))
                .andExpect(redirectedUrl("/account"));
        String name = "Annulée " + UUID.randomUUID().toString().substring(0, 6);
        MemberJoined joined = new MemberJoined(UUID.randomUUID(), Instant.now(), MemberId.newId(), name, "Ygos",
                LocalDate.of(2026, 11, 2));

        transaction.executeWithoutResult(status -> {
            events.publishEvent(joined);
            status.setRollbackOnly();
        });
        Thread.sleep(1500);

        assertThat(about(name)).isNull();
        mvc.perform(post("/account").session(coordinator).with(csrf()).param("email", ""))
                .andExpect(redirectedUrl("/account"));
    }

    @Test
    void an_e_mail_refused_while_the_server_is_down_goes_out_once_when_it_is_back() throws Exception {
        MockHttpSession coordinator = SignedIn.asCoordinator(mvc);
        mvc.perform(post("/account").session(coordinator).with(csrf())
                        .param("email", "coordination@reseau-ploucs.example").param("emailNotifications", "true")
                        .param("currentPassword", SignedIn.COORDINATOR_PASSWORD))
                .andExpect(redirectedUrl("/account"));
        String name = "Le Fournil " + UUID.randomUUID().toString().substring(0, 6);
        MemberJoined joined = new MemberJoined(UUID.randomUUID(), Instant.now(), MemberId.newId(), name, "Ygos",
                LocalDate.of(2026, 11, 3));
        String job = """
                select o.attempts, o.last_error, o.sent_at, o.message_id from platform.mail_outbox o
                join platform.notification n on n.id = o.notification_id where n.event_id = ?""";

        mail.stop();
        try {
            transaction.executeWithoutResult(status -> events.publishEvent(joined));
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(job).param(joined.eventId())
                    .query((rs, n) -> rs.getInt("attempts") >= 2 && rs.getString("last_error") != null
                            && rs.getTimestamp("sent_at") == null)
                    .optional().orElse(false));
        } finally {
            mail.start();
        }
        MimeMessage received = await().atMost(Duration.ofSeconds(30)).until(() -> about(name), message -> message != null);
        Thread.sleep(3000);

        assertThat(Arrays.stream(mail.getReceivedMessages()).filter(message -> subjectOf(message).contains(name)))
                .hasSize(1);
        String messageId = jdbc.sql(job).param(joined.eventId()).query((rs, n) -> rs.getString("message_id")).single();
        assertThat(received.getMessageID()).isEqualTo(messageId);
        assertThat(jdbc.sql(job).param(joined.eventId()).query((rs, n) -> rs.getTimestamp("sent_at")).single())
                .isNotNull();

        mvc.perform(post("/account").session(coordinator).with(csrf()).param("email", ""))
                .andExpect(redirectedUrl("/account"));
    }

    @Test
    void asking_for_e_mails_without_an_address_is_refused_in_french() throws Exception {
        MockHttpSession coordinator = SignedIn.asCoordinator(mvc);
        mvc.perform(post("/account").session(coordinator).with(csrf()).param("email", "")
                        .param("emailNotifications", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez le courriel où recevoir les notifications.")));
        mvc.perform(get("/account").session(coordinator))
                .andExpect(content().string(allOf(containsString("Mon compte"),
                        containsString("Recevoir aussi les notifications par courriel"))));
    }

    private static MimeMessage about(String name) {
        return Arrays.stream(mail.getReceivedMessages()).filter(message -> subjectOf(message).contains(name))
                .findFirst().orElse(null);
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
