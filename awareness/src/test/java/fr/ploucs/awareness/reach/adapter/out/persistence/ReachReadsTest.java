package fr.ploucs.awareness.reach.adapter.out.persistence;

import fr.ploucs.awareness.reach.application.port.in.ReachIndicatorsQuery.AudienceReach;
import fr.ploucs.awareness.reach.application.port.in.ReachIndicatorsQuery.CommuneReach;
import fr.ploucs.awareness.reach.application.port.in.ReachIndicatorsQuery.EpciReach;
import fr.ploucs.awareness.reach.application.port.in.ReachIndicatorsQuery.ToolReach;
import fr.ploucs.awareness.reach.application.port.in.ReachIndicatorsQuery.YearReach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import fr.ploucs.sharedkernel.territory.ClasspathTerritoryReference;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery;
import fr.ploucs.sharedkernel.territory.TerritoryDirectory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Counted on the sessions' rows as stored; the test runs in a transaction rolled back at the end. */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ReachReads.class, ReachReadsTest.Territory.class})
class ReachReadsTest {

    @TestConfiguration
    static class Territory {
        @Bean
        FindTerritoryQuery territory() {
            return new TerritoryDirectory(ClasspathTerritoryReference.france());
        }
    }

    // A year no other test writes sessions in, so the figures are this test's alone.
    private static final int YEAR = 2003;

    @Autowired
    private ReachReads reach;

    @Autowired
    private JdbcClient jdbc;

    private UUID requester;

    @BeforeEach
    void aRequester() {
        requester = UUID.randomUUID();
        jdbc.sql("insert into awareness.requester (id, name, kind) values (?, 'Lycée', 'SCHOOL')").param(requester)
                .update();
    }

    @Test
    void delivered_sessions_count_their_actual_participants_per_year_audience_commune_and_tool() {
        session(LocalDate.of(YEAR, 3, 1), "{YOUTH,TEACHERS}", "40197", "Jeu de rôle", "EVALUATED", 30);
        session(LocalDate.of(YEAR, 5, 1), "{YOUTH}", "40192", null, "DELIVERED", 12);
        session(LocalDate.of(YEAR, 6, 1), "{ELECTED_OFFICIALS}", "40197", "Jeu de rôle", "DELIVERED", 8);
        session(LocalDate.of(YEAR, 7, 1), "{ADULTS}", "40197", null, "CANCELLED", null);
        session(LocalDate.of(YEAR, 9, 1), "{ADULTS}", "40197", null, "SCHEDULED", null);
        session(LocalDate.of(YEAR + 1, 1, 15), "{ADULTS}", "40197", null, "DELIVERED", 100);

        assertThat(reach.years()).contains(YEAR, YEAR + 1);
        assertThat(reach.perYear()).contains(new YearReach(YEAR, 3, 50), new YearReach(YEAR + 1, 1, 100));
        assertThat(reach.perAudience(YEAR)).containsExactly(
                new AudienceReach("YOUTH", 2, 42),
                new AudienceReach("ELECTED_OFFICIALS", 1, 8),
                new AudienceReach("TEACHERS", 1, 30));
        assertThat(reach.perCommune(YEAR)).containsExactly(new CommuneReach("40197", 2, 38),
                new CommuneReach("40192", 1, 12));
        assertThat(reach.perTool(YEAR)).containsExactly(new ToolReach("Jeu de rôle", 2, 38),
                new ToolReach(null, 1, 12));
    }

    @Test
    void per_epci_groups_the_communes_by_their_epci_in_the_territory_reference_the_unknown_last() {
        session(LocalDate.of(YEAR + 5, 3, 1), "{YOUTH}", "40197", null, "DELIVERED", 30);
        session(LocalDate.of(YEAR + 5, 4, 1), "{YOUTH}", "40192", null, "DELIVERED", 12);
        session(LocalDate.of(YEAR + 5, 5, 1), "{YOUTH}", "40192", null, "EVALUATED", 25);
        session(LocalDate.of(YEAR + 5, 6, 1), "{YOUTH}", "99999", null, "DELIVERED", 50);
        session(LocalDate.of(YEAR + 5, 7, 1), "{YOUTH}", "40197", null, "SCHEDULED", null);

        assertThat(reach.perEpci(YEAR + 5)).extracting(EpciReach::epciCode, EpciReach::sessions, EpciReach::people)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("244000808", 2L, 37L),
                        org.assertj.core.groups.Tuple.tuple("244000691", 1L, 30L),
                        org.assertj.core.groups.Tuple.tuple(null, 1L, 50L));
        assertThat(reach.perEpci(YEAR + 5).get(1).epciName()).isEqualTo("CC du Pays Morcenais");
        assertThat(reach.perEpci(YEAR + 5).get(2).epciName()).isNull();
    }

    private void session(LocalDate date, String audiences, String commune, String tool, String status,
                         Integer actual) {
        jdbc.sql("""
                        insert into awareness.session (id, requester_id, title, date, commune_code, audiences,
                            expected_participants, actual_participants, tool_used, status, cancellation_reason, version)
                        values (:id, :requester, 'ESS', :date, :commune, cast(:audiences as text[]), 20, :actual,
                            :tool, :status, :reason, 0)""")
                .param("id", UUID.randomUUID()).param("requester", requester).param("date", date)
                .param("commune", commune).param("audiences", audiences).param("actual", actual)
                .param("tool", tool).param("status", status)
                .param("reason", "CANCELLED".equals(status) ? "Grève" : null).update();
    }
}
