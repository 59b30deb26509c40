package fr.ploucs.testsupport;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Points every Spring Boot test of a module at the run's fresh database, so no test names a database of its own.
 * Registered in {@code META-INF/spring.factories} of the shared kernel's test jar.
 */
public class TestDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    public static final String ENABLED = "ploucs.test-database.enabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // A test that runs the application as a user would (on its own embedded database) opts out.
        if (!environment.getProperty(ENABLED, Boolean.class, true)) {
            return;
        }
        TestDatabase.Connection database = TestDatabase.current();
        environment.getPropertySources().addFirst(new MapPropertySource("ploucsTestDatabase", Map.of(
                "spring.datasource.url", database.jdbcUrl(),
                "spring.datasource.username", database.user(),
                "spring.datasource.password", database.password(),
                // A closing context may still query the registry: fail fast rather than wait 30 s for a pool.
                "spring.datasource.hikari.connection-timeout", "2000")));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
