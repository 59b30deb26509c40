package fr.ploucs.testsupport;

import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

class TestDatabaseTest {

    @Test
    void gives_a_reachable_postgresql_database() throws Exception {
        TestDatabase.Connection database = TestDatabase.current();
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             ResultSet result = connection.createStatement().executeQuery("select version()")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).startsWith("PostgreSQL");
        }
    }

    @Test
    void replaces_the_database_of_a_server_url_and_keeps_its_parameters() {
        assertThat(TestDatabase.withDatabase("jdbc:postgresql://127.0.0.1:5432/postgres?ssl=false", "ploucs_test_1"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/ploucs_test_1?ssl=false");
        assertThat(TestDatabase.withDatabase("jdbc:postgresql://db:5432", "x")).isEqualTo("jdbc:postgresql://db:5432/x");
    }
}
