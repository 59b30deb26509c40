package fr.ploucs.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fresh PostgreSQL database for one test run (one JVM).
 * <p>
 * By default an embedded PostgreSQL (zonky) starts with a throw-away data directory. When
 * {@value #EXTERNAL_URL} names a server (any database on it, for instance
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}), a new database is created there instead, with the user and
 * password of {@value #EXTERNAL_USER} and {@value #EXTERNAL_PASSWORD}. Databases of earlier runs are dropped at the
 * start of the next one rather than in a shutdown hook, where closing contexts still need them.
 */
public final class TestDatabase {

    public static final String EXTERNAL_URL = "PLOUCS_TEST_DB_URL";
    public static final String EXTERNAL_USER = "PLOUCS_TEST_DB_USER";
    public static final String EXTERNAL_PASSWORD = "PLOUCS_TEST_DB_PASSWORD";
    static final String RUN_DATABASE_PREFIX = "ploucs_test_";
    private static final DateTimeFormatter RUN_STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    /** Older runs than this are over: their databases can go. Younger ones may belong to a run still going. */
    private static final int STALE_AFTER_HOURS = 3;

    private static Connection current;
    private static EmbeddedPostgres embedded;

    public record Connection(String jdbcUrl, String user, String password) {
    }

    private TestDatabase() {
    }

    public static synchronized Connection current() {
        if (current == null) {
            String externalUrl = System.getenv(EXTERNAL_URL);
            current = externalUrl == null || externalUrl.isBlank() ? startEmbedded() : createOnExternal(externalUrl);
        }
        return current;
    }

    private static Connection startEmbedded() {
        try {
            embedded = EmbeddedPostgres.builder().start();
            return new Connection(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL for the tests", e);
        }
    }

    private static Connection createOnExternal(String serverUrl) {
        String user = envOr(EXTERNAL_USER, "postgres");
        String password = envOr(EXTERNAL_PASSWORD, "");
        String name = RUN_DATABASE_PREFIX + LocalDateTime.now().format(RUN_STAMP) + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xffff));
        try (var connection = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = connection.createStatement()) {
            dropStaleRunDatabases(statement);
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database on " + serverUrl, e);
        }
        return new Connection(withDatabase(serverUrl, name), user, password);
    }

    private static void dropStaleRunDatabases(Statement statement) throws SQLException {
        String cutoff = LocalDateTime.now().minusHours(STALE_AFTER_HOURS).format(RUN_STAMP);
        List<String> stale = new ArrayList<>();
        try (ResultSet names = statement.executeQuery(
                "SELECT datname FROM pg_database WHERE datname LIKE '" + RUN_DATABASE_PREFIX + "%'")) {
            while (names.next()) {
                String database = names.getString(1);
                String stamp = database.substring(RUN_DATABASE_PREFIX.length()).split("_")[0];
                if (stamp.compareTo(cutoff) < 0) {
                    stale.add(database);
                }
            }
        }
        for (String database : stale) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    static String withDatabase(String serverUrl, String database) {
        int query = serverUrl.indexOf('?');
        String base = query < 0 ? serverUrl : serverUrl.substring(0, query);
        String parameters = query < 0 ? "" : serverUrl.substring(query);
        int slash = base.indexOf('/', "jdbc:postgresql://".length());
        String server = slash < 0 ? base : base.substring(0, slash);
        return server + "/" + database + parameters;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
