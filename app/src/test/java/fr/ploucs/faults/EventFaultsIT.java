package fr.ploucs.faults;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault test: the packaged application, run as a separate process, is killed with SIGKILL (JVM and PostgreSQL
 * both) at random moments while a coordinator registers members and records departures and returns through the
 * forms, and is started again on the same data directory each time. Once the last run has completed every
 * outstanding publication, the database must show each effect exactly once: one notification and one e-mail job
 * per event, one completed publication per event and listener, the pillars' member views equal to cooperation's
 * members, and one e-mail received per job (a resend after a kill carries the same Message-ID).
 * <p>
 * Sizes: {@code -Dfaults.changes} (default 200) and {@code -Dfaults.kills} (default 4), see docs/operations.md.
 */
class EventFaultsIT {

    private static final int CHANGES = Integer.getInteger("faults.changes", 200);
    private static final int KILLS = Integer.getInteger("faults.kills", 4);
    private static final long SEED = Long.getLong("faults.seed", System.nanoTime());
    private static final String COORDINATOR_EMAIL = "coordination@faults.example";
    private static final List<String> MEMBER_EVENTS = List.of("MemberJoined", "MemberLeft", "MemberRejoined");
    private static final Map<String, String> KIND_OF_EVENT = Map.of(
            "MemberJoined", "JOINED", "MemberLeft", "LEFT", "MemberRejoined", "REJOINED");

    private final int smtpPort = PackagedApplication.freePort();
    private final GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"));
    private final ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
    private PackagedApplication application;
    private Path dataDirectory;

    @AfterEach
    void stopEverything() throws Exception {
        killer.shutdownNow();
        if (application != null) {
            application.stop();
        }
        smtp.stop();
        if (dataDirectory != null) {
            try (Stream<Path> files = Files.walk(dataDirectory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void every_effect_happens_exactly_once_though_the_application_is_killed() throws Exception {
        Instant began = Instant.now();
        Random random = new Random(SEED);
        Path jar = Path.of(System.getProperty("ploucs.jar", "target/ploucs.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged application, built by the package phase").exists();
        Path logs = Files.createDirectories(Path.of("target", "fault-test"));
        dataDirectory = Files.createTempDirectory("ploucs-faults-");
        smtp.start();
        application = new PackagedApplication(jar, dataDirectory, logs, List.of(
                "spring.mail.host=127.0.0.1", "spring.mail.port=" + smtpPort,
                // Short delays so that the test sees the retries within its minutes (production: docs/operations.md).
                "spring.modulith.events.staleness.published=PT10S",
                "spring.modulith.events.staleness.processing=PT10S",
                "spring.modulith.events.staleness.resubmitted=PT10S",
                "spring.modulith.events.staleness.check-interval=PT2S",
                "ploucs.events.retry.interval=PT2S", "ploucs.events.retry.first-delay=PT1S",
                "ploucs.events.retry.longest-delay=PT4S",
                "ploucs.mail.outbox.poll-interval=PT1S", "ploucs.mail.outbox.first-retry=PT1S",
                "ploucs.mail.outbox.longest-retry=PT4S"));
        application.start(Duration.ofMinutes(2));
        Browserless coordinator = new Browserless(application.baseUrl());
        coordinator.logIn(PackagedApplication.ADMIN, PackagedApplication.ADMIN_PASSWORD);
        coordinator.askForNotificationEmails(COORDINATOR_EMAIL, PackagedApplication.ADMIN_PASSWORD);

        // The kills: at random changes (never the first few), each after a random delay so that it lands inside a
        // request, a listener or a commit rather than between two changes.
        Set<Integer> killAt = new TreeSet<>();
        while (killAt.size() < KILLS) {
            killAt.add(10 + random.nextInt(Math.max(1, CHANGES - 20)));
        }
        String today = LocalDate.now().toString();
        List<String> members = new ArrayList<>();
        int attempted = 0;
        int interrupted = 0;
        int refused = 0;
        List<String> unexpected = new ArrayList<>();
        for (int change = 0; change < CHANGES; change++) {
            if (killAt.contains(change)) {
                killer.schedule(this::kill, random.nextInt(400), TimeUnit.MILLISECONDS);
            }
            attempted++;
            try {
                if (members.size() < 5 || random.nextInt(4) == 0) {
                    members.add(coordinator.register("Structure en panne " + change,
                            "representant" + change + "@faults.example"));
                } else {
                    if (!coordinator.toggleMembership(members.get(random.nextInt(members.size())), today)) {
                        refused++;
                    }
                }
            } catch (IOException | IllegalStateException killed) {
                // The application died under this change, which may or may not have been stored.
                interrupted++;
                if (!awaitKilled()) {
                    unexpected.add("change " + change + ": " + killed);
                }
                recover(coordinator);
            }
        }
        assertThat(unexpected).as("failures that no kill explains").isEmpty();
        killer.shutdown(); // a kill scheduled during the last changes lands before the checks, not during them
        assertThat(killer.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        if (!application.alive()) {
            recover(coordinator);
        }

        try (Connection database = DriverManager.getConnection(application.jdbcUrl(), "postgres", "")) {
            Duration settled = awaitSettled(database, Duration.ofMinutes(2));
            Figures figures = check(database);
            String report = """
                    Fault test: %d member changes attempted through the forms, %d kill -9 (seed %d), %d starts,
                    %d changes interrupted by a kill, %d refused by a membership rule; %d changes stored (%s),
                    %d events, %d listener deliveries completed (%d of them after more than one attempt),
                    %d e-mails received for %d e-mail jobs (%d resent after a kill); settled %s after the
                    last change; %s in all.""".formatted(attempted, KILLS, SEED, application.starts(), interrupted,
                    refused, figures.stored(), figures.storedByKind(), figures.events(), figures.deliveries(),
                    figures.retried(),
                    figures.received(), figures.jobs(), figures.received() - figures.jobs(), settled,
                    Duration.between(began, Instant.now()).withNanos(0));
            System.out.println(report);
            Files.writeString(logs.resolve("figures.txt"), report);
            assertThat(figures.stored()).as("changes stored: every change the application confirmed survives the kills")
                    .isGreaterThanOrEqualTo(attempted - interrupted - refused);
            assertThat(figures.received() - figures.jobs()).as("e-mails sent twice (kill between SMTP accept and commit)")
                    .isLessThanOrEqualTo(KILLS);
        }
    }

    private void kill() {
        try {
            application.kill9();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The failing change may have run into the kill's first moments: waits for the kill to be over.
     *
     * @return false when the application is still alive: something else than a kill made the change fail
     */
    private boolean awaitKilled() throws InterruptedException {
        for (int i = 0; i < 100 && application.alive(); i++) {
            Thread.sleep(100);
        }
        if (application.alive()) {
            return false;
        }
        Thread.sleep(500); // the killer's SIGKILL of PostgreSQL follows that of the JVM
        return true;
    }

    /** Starts the application again and signs in, however often a pending kill interrupts that. */
    private void recover(Browserless coordinator) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                if (application.alive()) {
                    application.kill9();
                }
                application.start(Duration.ofMinutes(2));
                coordinator.logIn(PackagedApplication.ADMIN, PackagedApplication.ADMIN_PASSWORD);
                return;
            } catch (IOException | IllegalStateException again) {
                if (attempt == 5) {
                    throw again;
                }
            }
        }
    }

    /** Waits until no publication is outstanding and every e-mail job has been sent. */
    private Duration awaitSettled(Connection database, Duration timeout) throws Exception {
        Instant start = Instant.now();
        while (true) {
            long outstanding = count(database, "select count(*) from platform.event_publication");
            long unsent = count(database, "select count(*) from platform.mail_outbox where sent_at is null");
            if (outstanding == 0 && unsent == 0) {
                Thread.sleep(1500); // let GreenMail finish storing what it accepted
                return Duration.between(start, Instant.now()).withNanos(0);
            }
            if (Duration.between(start, Instant.now()).compareTo(timeout) > 0) {
                throw new AssertionError(outstanding + " publications still outstanding and " + unsent
                        + " e-mails unsent after " + timeout + ": " + rows(database, """
                        select listener_id, event_type, status, completion_attempts from platform.event_publication
                        limit 20"""));
            }
            Thread.sleep(1000);
        }
    }

    private Figures check(Connection database) throws Exception {
        // Every stored change published exactly one event, notified exactly once.
        Map<String, Long> storedByKind = new HashMap<>();
        long stored = 0;
        for (String event : MEMBER_EVENTS) {
            String kind = KIND_OF_EVENT.get(event);
            long changes = count(database, "select count(*) from cooperation.membership_change where kind = '"
                    + kind + "'");
            long notifications = count(database, "select count(*) from platform.notification where event_type = "
                    + "'fr.ploucs.sharedkernel.events." + event + "'");
            assertThat(notifications).as("notifications of %s, one per stored change", event).isEqualTo(changes);
            storedByKind.put(kind, changes);
            stored += changes;
        }
        long events = count(database, "select count(*) from platform.notification where event_type like 'fr.ploucs.sharedkernel.events.Member%'");

        // Every listener completed every event exactly once (no publication lost, none doubled).
        assertThat(count(database, """
                select count(*) from (select listener_id, serialized_event from platform.event_publication_archive
                                      group by listener_id, serialized_event having count(*) > 1) doubled"""))
                .as("completed publications of the same event to the same listener").isZero();
        Map<String, Long> perListener = new HashMap<>();
        try (Statement statement = database.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select listener_id, count(*) from platform.event_publication_archive
                     where event_type like 'fr.ploucs.sharedkernel.events.Member%' group by listener_id""")) {
            while (rows.next()) {
                perListener.put(rows.getString(1), rows.getLong(2));
            }
        }
        assertThat(perListener.get("platform.notifications.any-event")).isEqualTo(events);
        assertThat(perListener.get("platform.notifications.email")).isEqualTo(events);
        for (String pillar : List.of("accompaniment.coaching-members", "awareness.facilitating-members")) {
            long handled = perListener.entrySet().stream().filter(entry -> entry.getKey().startsWith(pillar))
                    .mapToLong(Map.Entry::getValue).sum();
            assertThat(handled).as("member events completed by %s", pillar).isEqualTo(events);
        }
        long deliveries = perListener.values().stream().mapToLong(Long::longValue).sum();

        // The pillars' member views match cooperation's members.
        String members = """
                select id::text || ':' || (status <> 'LEFT') from cooperation.member where status <> 'CANDIDATE'""";
        Set<String> cooperation = strings(database, members);
        assertThat(strings(database, "select member_id::text || ':' || active from accompaniment.coaching_member"))
                .as("accompaniment's view of the members").isEqualTo(cooperation);
        assertThat(strings(database, "select member_id::text || ':' || active from awareness.facilitating_member"))
                .as("awareness's view of the members").isEqualTo(cooperation);

        // One e-mail job per notification, each received (a resend after a kill carries the same Message-ID).
        long jobs = count(database, "select count(*) from platform.mail_outbox");
        assertThat(jobs).as("e-mail jobs, one per notification").isEqualTo(count(database,
                "select count(*) from platform.notification"));
        Set<String> queuedIds = strings(database, "select message_id from platform.mail_outbox");
        List<String> receivedIds = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            receivedIds.add(messageId(message));
        }
        assertThat(new HashSet<>(receivedIds)).as("Message-IDs received").isEqualTo(queuedIds);
        long retried = count(database, "select count(*) from platform.event_publication_archive where completion_attempts > 1");
        return new Figures(stored, storedByKind, events, deliveries, retried, jobs, receivedIds.size());
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Connection database, String sql) throws SQLException {
        try (Statement statement = database.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Set<String> strings(Connection database, String sql) throws SQLException {
        Set<String> values = new HashSet<>();
        try (Statement statement = database.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static List<String> rows(Connection database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = database.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? " | " : "").append(rows.getString(i));
                }
                values.add(row.toString());
            }
        }
        return values;
    }

    private record Figures(long stored, Map<String, Long> storedByKind, long events, long deliveries, long retried,
                           long jobs,
                           long received) {
    }
}
