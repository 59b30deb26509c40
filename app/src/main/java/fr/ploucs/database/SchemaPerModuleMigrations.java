package fr.ploucs.database;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Each module owns a PostgreSQL schema of its own name and ships its migrations in its jar under
 * {@code db/migration/<schema>/}. Every schema gets its own Flyway history, so a pillar numbers its migrations
 * without looking at the others', and a new pillar is found on the classpath without any change here.
 * The platform schema (the app's own tables and the event publication registry) is migrated first.
 */
@Component
class SchemaPerModuleMigrations implements FlywayMigrationStrategy {

    static final String PLATFORM_SCHEMA = "platform";
    private static final String MIGRATIONS_ROOT = "db/migration/";
    private static final Logger log = LoggerFactory.getLogger(SchemaPerModuleMigrations.class);

    @Override
    public void migrate(Flyway platform) {
        platform.migrate();
        for (String schema : moduleSchemas()) {
            if (schema.equals(PLATFORM_SCHEMA)) {
                continue;
            }
            var result = Flyway.configure(platform.getConfiguration().getClassLoader())
                    .configuration(platform.getConfiguration())
                    .schemas(schema)
                    .defaultSchema(schema)
                    .locations("classpath:" + MIGRATIONS_ROOT + schema)
                    .load()
                    .migrate();
            if (result.migrationsExecuted > 0) {
                log.info("Schema {}: {} migration(s) applied, now at version {}", schema, result.migrationsExecuted,
                        result.targetSchemaVersion);
            }
        }
    }

    static SortedSet<String> moduleSchemas() {
        try {
            Resource[] scripts = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + MIGRATIONS_ROOT + "*/V*.sql");
            return Arrays.stream(scripts)
                    .map(SchemaPerModuleMigrations::schemaOf)
                    .filter(Objects::nonNull)
                    .collect(TreeSet::new, TreeSet::add, TreeSet::addAll);
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the modules' migrations", e);
        }
    }

    private static String schemaOf(Resource script) {
        try {
            String path = script.getURL().toString();
            int root = path.lastIndexOf(MIGRATIONS_ROOT);
            if (root < 0) {
                return null;
            }
            String rest = path.substring(root + MIGRATIONS_ROOT.length());
            int slash = rest.indexOf('/');
            return slash < 0 ? null : rest.substring(0, slash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
