package fr.ploucs.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * With no database configured, PLOUCS runs on an embedded PostgreSQL (a real server shipped as a Maven artifact)
 * whose data directory survives restarts, so trying the application needs nothing but a JDK.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatabaseUrl.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${ploucs.embedded-database.data-directory}") Path dataDirectory,
                                      @Value("${ploucs.embedded-database.port}") int port) throws IOException {
        Files.createDirectories(dataDirectory);
        log.info("No database configured (PLOUCS_DB_URL): starting the embedded PostgreSQL with its data in {}",
                dataDirectory.toAbsolutePath());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // Spring closes the server after the last query of the closing context; a JVM hook could stop it first.
                .setRegisterShutdownHook(false)
                // The library turns synchronous commits off for speed: a crash then loses the last commits already
                // confirmed to people (the kill -9 fault test lost one in two hundred). PLOUCS keeps its data.
                .setServerConfig("synchronous_commit", "on");
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setPoolName("ploucs-embedded");
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }

    static class NoDatabaseUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }

}
