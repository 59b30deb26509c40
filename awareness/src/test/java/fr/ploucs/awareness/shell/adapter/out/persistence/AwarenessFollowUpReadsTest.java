package fr.ploucs.awareness.shell.adapter.out.persistence;

import fr.ploucs.awareness.shell.application.port.in.AwarenessFollowUpQuery.FollowUp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The home panel's counts on rows as stored; the test runs in a transaction rolled back at the end. */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({AwarenessFollowUpReads.class, AwarenessFollowUpReadsTest.FixedClock.class})
class AwarenessFollowUpReadsTest {

    /** 1 July 2026 in Paris: the summer's CJS is running. */
    static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-07-01T10:00:00Z"), ZoneId.of("Europe/Paris"));
        }
    }

    @Autowired
    private AwarenessFollowUpReads reads;

    @Autowired
    private JdbcClient jdbc;

    private FollowUp before;
    private UUID requester;

    @BeforeEach
    void countsBefore() {
        before = reads.followUp();
        requester = UUID.randomUUID();
        jdbc.sql("insert into awareness.requester (id, name, kind) values (?, 'Collège', 'SCHOOL')").param(requester)
                .update();
    }

    @Test
    void counts_requests_to_schedule_sessions_to_evaluate_and_missing_authorisations_of_running_editions() {
        session("REQUESTED", null);
        session("REQUESTED", null);
        session("SCHEDULED", null);
        session("DELIVERED", 20);
        session("EVALUATED", 20);
        session("CANCELLED", null);

        UUID running = edition(TODAY.minusDays(10), TODAY.plusDays(40));
        cooperant(running, null);                        // missing
        cooperant(running, TODAY.minusDays(1));          // expired yesterday
        cooperant(running, TODAY);                       // valid until today included
        cooperant(running, TODAY.plusDays(100));         // valid
        UUID over = edition(TODAY.minusYears(1).minusDays(10), TODAY.minusYears(1).plusDays(40));
        cooperant(over, null);                           // last summer's: no longer to follow

        FollowUp after = reads.followUp();
        assertThat(after.requestsToSchedule() - before.requestsToSchedule()).isEqualTo(2);
        assertThat(after.sessionsToEvaluate() - before.sessionsToEvaluate()).isEqualTo(1);
        assertThat(after.missingAuthorisations() - before.missingAuthorisations()).isEqualTo(2);
    }

    private void session(String status, Integer actual) {
        jdbc.sql("""
                        insert into awareness.session (id, requester_id, title, date, commune_code, audiences,
                            expected_participants, actual_participants, status, cancellation_reason, version)
                        values (:id, :requester, 'ESS', :date, '40197', cast('{YOUTH}' as text[]), 20, :actual,
                            :status, :reason, 0)""")
                .param("id", UUID.randomUUID()).param("requester", requester).param("date", TODAY)
                .param("actual", actual).param("status", status)
                .param("reason", "CANCELLED".equals(status) ? "Grève" : null).update();
    }

    private UUID edition(LocalDate startsOn, LocalDate endsOn) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into awareness.cjs_edition (id, name, commune_code, starts_on, ends_on) "
                        + "values (?, 'CJS', '40197', ?, ?)")
                .params(id, startsOn, endsOn).update();
        return id;
    }

    private void cooperant(UUID edition, LocalDate authorisationExpiresOn) {
        jdbc.sql("""
                        insert into awareness.cjs_cooperant (id, edition_id, first_name, last_name, birth_date,
                            authorisation_signatory, authorisation_signed_on, authorisation_expires_on)
                        values (:id, :edition, 'Léa', 'Martin', :birth, :signatory, :signed, :expires)""")
                .param("id", UUID.randomUUID()).param("edition", edition).param("birth", LocalDate.of(2009, 5, 1))
                .param("signatory", authorisationExpiresOn == null ? null : "Parent")
                .param("signed", authorisationExpiresOn == null ? null : LocalDate.of(2026, 6, 1))
                .param("expires", authorisationExpiresOn).update();
    }
}
