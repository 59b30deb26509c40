package fr.ploucs.database;

import fr.ploucs.PloucsApplication;
import fr.ploucs.testsupport.TestDatabaseEnvironmentPostProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** With no database configured, the application runs on the embedded PostgreSQL and keeps its data across restarts. */
class EmbeddedDatabaseRestartTest {

    @TempDir
    Path dataDirectory;

    @Test
    void data_survives_a_restart() {
        try (ConfigurableApplicationContext first = start()) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select current_setting('server_version_num')::int").query(Integer.class).single())
                    .isGreaterThanOrEqualTo(170000);
            jdbc.sql("insert into platform.notification (id, event_id, event_type, message_key, arguments, occurred_at) "
                    + "values (gen_random_uuid(), gen_random_uuid(), 'test', 'notification.Test', '{}', now())").update();
        }
        assertThat(Files.exists(dataDirectory.resolve("PG_VERSION"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from platform.notification where event_type = 'test'")
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from platform.user_account").query(Long.class).single()).isEqualTo(1);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplication(PloucsApplication.class).run(
                "--" + TestDatabaseEnvironmentPostProcessor.ENABLED + "=false",
                "--ploucs.embedded-database.data-directory=" + dataDirectory,
                "--server.port=0");
    }
}
