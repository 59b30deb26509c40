package fr.ploucs.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code app/target/ploucs.jar}) run as a separate process on its own embedded PostgreSQL,
 * whose data directory survives kills and restarts. {@link #kill9()} kills the JVM and its PostgreSQL server with
 * SIGKILL, as a power cut would.
 */
final class PackagedApplication {

    static final String ADMIN = "coordination";
    static final String ADMIN_PASSWORD = "Faults-Test-Password-2026";

    private final Path jar;
    private final Path dataDirectory;
    private final Path logDirectory;
    private final int httpPort = freePort();
    private final int databasePort = freePort();
    private final List<String> properties;
    private volatile Process process;
    private int starts;

    PackagedApplication(Path jar, Path dataDirectory, Path logDirectory, List<String> properties) {
        this.jar = jar;
        this.dataDirectory = dataDirectory;
        this.logDirectory = logDirectory;
        this.properties = properties;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + databasePort + "/postgres";
    }

    int starts() {
        return starts;
    }

    /** Starts the application and waits until it answers; starts it again if it dies while starting. */
    synchronized void start(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            killPostgres();
            launch();
            if (awaitReady(deadline)) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The application did not start within " + timeout + "; see "
                        + logDirectory);
            }
        }
    }

    private void launch() throws IOException {
        starts++;
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-jar", jar.toString(), "--server.port=" + httpPort,
                "--server.address=127.0.0.1"));
        properties.forEach(property -> command.add("--" + property));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logDirectory.resolve("application-" + starts + ".log").toFile());
        builder.environment().put("PLOUCS_DATA_DIR", dataDirectory.toString());
        builder.environment().put("PLOUCS_EMBEDDED_DB_PORT", String.valueOf(databasePort));
        builder.environment().put("PLOUCS_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().put("PLOUCS_BASE_URL", baseUrl());
        builder.environment().remove("PLOUCS_DB_URL");
        process = builder.start();
    }

    private boolean awaitReady(Instant deadline) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            Process current = process;
            if (!current.isAlive()) {
                return false;
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        return false;
    }

    boolean alive() {
        Process current = process;
        return current != null && current.isAlive();
    }

    /** SIGKILL to the JVM, then to its PostgreSQL server (which the JVM started and does not outlive otherwise). */
    void kill9() throws InterruptedException {
        Process current = process;
        if (current != null && current.isAlive()) {
            current.destroyForcibly();
            current.waitFor(10, TimeUnit.SECONDS);
        }
        killPostgres();
    }

    /** A clean stop at the end: SIGTERM, so that Spring closes the embedded server. */
    void stop() throws InterruptedException {
        Process current = process;
        if (current != null && current.isAlive()) {
            current.destroy();
            if (!current.waitFor(60, TimeUnit.SECONDS)) {
                current.destroyForcibly();
                current.waitFor(10, TimeUnit.SECONDS);
            }
        }
        killPostgres();
    }

    private void killPostgres() throws InterruptedException {
        postmaster().ifPresent(postgres -> {
            postgres.destroyForcibly();
            try {
                postgres.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // gone or going
            }
        });
        // Its back-ends notice the postmaster's death and exit; the next start recovers from the WAL.
        Thread.sleep(300);
    }

    private Optional<ProcessHandle> postmaster() {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty() || lines.get(0).isBlank()) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).strip());
            return ProcessHandle.of(pid).filter(handle -> handle.info().command()
                    .map(command -> command.contains("postgres")).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
