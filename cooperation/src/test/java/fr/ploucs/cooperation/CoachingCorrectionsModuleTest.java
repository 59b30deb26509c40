package fr.ploucs.cooperation;

import fr.ploucs.sharedkernel.Money;
import fr.ploucs.cooperation.engagement.application.port.in.EngagementQuery;
import fr.ploucs.cooperation.engagement.domain.EngagementEntry;
import fr.ploucs.cooperation.funding.application.port.in.FundersUseCase;
import fr.ploucs.cooperation.funding.application.port.in.FundingApplicationsUseCase;
import fr.ploucs.cooperation.funding.application.port.in.GrantsUseCase;
import fr.ploucs.cooperation.payments.application.port.in.PaymentStatementQuery;
import fr.ploucs.cooperation.payments.application.port.in.PaymentStatementQuery.Statement;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.events.CoachingSessionCorrected;
import fr.ploucs.sharedkernel.events.CoachingSessionHeld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Corrections of coaching sessions set the member's credited hours and the grant charges to the session's latest
 * revision, on the real database: repeated, overtaken and early corrections included.
 */
@ApplicationModuleTest
class CoachingCorrectionsModuleTest {

    private static final String FARM = "Ferme partagée de Sabres";

    @Autowired
    EngagementQuery engagement;
    @Autowired
    PaymentStatementQuery statements;
    @Autowired
    FundersUseCase funders;
    @Autowired
    FundingApplicationsUseCase applications;
    @Autowired
    GrantsUseCase grants;
    @Autowired
    JdbcClient jdbc;

    // Each test works in a year of its own, so that other tests' grants never cover its sessions.
    @Test
    void a_correction_delivered_twice_sets_the_hours_and_the_statement_once(Scenario scenario) {
        grant("Accompagnement 2041", 2041, "45.00", "40");
        MemberId member = MemberId.newId();
        UUID session = UUID.randomUUID();
        held(scenario, session, member, day(2041, 3, 4), "3.5");

        CoachingSessionCorrected correction = corrected(session, 1, member, day(2041, 3, 5), "2", false);
        scenario.publish(correction)
                .andWaitForStateChange(() -> hoursOf(member, 2041), hours -> hours.compareTo(new BigDecimal("2")) == 0)
                .andVerify(hours -> {
                    Statement statement = statementOf(member, 2041);
                    assertThat(statement.lines()).singleElement()
                            .satisfies(line -> assertThat(line.charge().workedOn()).isEqualTo(day(2041, 3, 5)));
                    assertThat(statement.paidHours()).isEqualByComparingTo("2");
                    assertThat(statement.amountDue()).isEqualTo(Money.of("90.00"));
                });
        List<EngagementEntry> before = entriesOf(member, 2041);

        scenario.publish(correction)
                .andWaitForStateChange(this::pendingPublications, pending -> pending == 0)
                .andVerify(pending -> {
                    assertThat(entriesOf(member, 2041)).isEqualTo(before);
                    assertThat(statementOf(member, 2041).paidHours()).isEqualByComparingTo("2");
                    assertThat(chargedHours("Accompagnement 2041")).isEqualByComparingTo("2");
                });
    }

    @Test
    void an_older_revision_arriving_after_a_newer_one_is_ignored(Scenario scenario) {
        grant("Accompagnement 2042", 2042, "40.00", "40");
        MemberId member = MemberId.newId();
        UUID session = UUID.randomUUID();
        held(scenario, session, member, day(2042, 5, 6), "3");

        scenario.publish(corrected(session, 2, member, day(2042, 5, 6), "5", false))
                .andWaitForStateChange(() -> hoursOf(member, 2042), hours -> hours.compareTo(new BigDecimal("5")) == 0)
                .andVerify(hours -> assertThat(statementOf(member, 2042).amountDue())
                        .isEqualTo(Money.of("200.00")));

        scenario.publish(corrected(session, 1, member, day(2042, 5, 6), "4", false))
                .andWaitForStateChange(this::pendingPublications, pending -> pending == 0)
                .andVerify(pending -> {
                    assertThat(hoursOf(member, 2042)).isEqualByComparingTo("5");
                    assertThat(statementOf(member, 2042).paidHours()).isEqualByComparingTo("5");
                    assertThat(appliedRevision(session)).isEqualTo(2);
                });
    }

    @Test
    void a_deleted_session_credits_nothing_and_gives_its_hours_back_to_the_envelope(Scenario scenario) {
        grant("Accompagnement 2043", 2043, "45.00", "40");
        MemberId member = MemberId.newId();
        UUID session = UUID.randomUUID();
        held(scenario, session, member, day(2043, 2, 2), "6");

        scenario.publish(corrected(session, 1, member, day(2043, 2, 2), "0", true))
                .andWaitForStateChange(() -> entriesOf(member, 2043), List::isEmpty)
                .andVerify(entries -> {
                    assertThat(hoursOf(member, 2043)).isZero();
                    Statement statement = statementOf(member, 2043);
                    assertThat(statement.lines()).isEmpty();
                    assertThat(statement.amountDue()).isEqualTo(Money.ZERO);
                    assertThat(chargedHours("Accompagnement 2043")).isZero();
                });

        // The session's Held event delivered again after its deletion credits nothing.
        scenario.publish(heldEvent(session, member, day(2043, 2, 2), "6"))
                .andWaitForStateChange(this::pendingPublications, pending -> pending == 0)
                .andVerify(pending -> assertThat(entriesOf(member, 2043)).isEmpty());
    }

    @Test
    void a_correction_arriving_before_its_held_event_wins_over_it(Scenario scenario) {
        grant("Accompagnement 2044", 2044, "45.00", "40");
        MemberId member = MemberId.newId();
        UUID session = UUID.randomUUID();

        scenario.publish(corrected(session, 1, member, day(2044, 9, 9), "1.5", false))
                .andWaitForStateChange(() -> hoursOf(member, 2044), hours -> hours.signum() > 0)
                .andVerify(hours -> assertThat(hours).isEqualByComparingTo("1.5"));

        scenario.publish(heldEvent(session, member, day(2044, 9, 8), "4"))
                .andWaitForStateChange(this::pendingPublications, pending -> pending == 0)
                .andVerify(pending -> {
                    assertThat(entriesOf(member, 2044)).singleElement()
                            .satisfies(entry -> assertThat(entry.on()).isEqualTo(day(2044, 9, 9)));
                    assertThat(hoursOf(member, 2044)).isEqualByComparingTo("1.5");
                    assertThat(statementOf(member, 2044).paidHours()).isEqualByComparingTo("1.5");
                    assertThat(statementOf(member, 2044).amountDue()).isEqualTo(Money.of("67.50"));
                });
    }

    @Test
    void a_deletion_arriving_before_its_held_event_leaves_nothing_credited(Scenario scenario) {
        MemberId member = MemberId.newId();
        UUID session = UUID.randomUUID();

        scenario.publish(corrected(session, 1, member, day(2045, 1, 9), "0", true))
                .andWaitForStateChange(() -> appliedRevision(session), revision -> revision == 1)
                .andVerify(revision -> assertThat(entriesOf(member, 2045)).isEmpty());

        scenario.publish(heldEvent(session, member, day(2045, 1, 9), "2"))
                .andWaitForStateChange(this::pendingPublications, pending -> pending == 0)
                .andVerify(pending -> {
                    assertThat(entriesOf(member, 2045)).isEmpty();
                    assertThat(statementOf(member, 2045).lines()).isEmpty();
                });
    }

    private void held(Scenario scenario, UUID session, MemberId member, LocalDate on, String hours) {
        scenario.publish(heldEvent(session, member, on, hours))
                .andWaitForStateChange(() -> statementOf(member, on.getYear()).lines(), lines -> !lines.isEmpty())
                .andVerify(lines -> assertThat(hoursOf(member, on.getYear())).isEqualByComparingTo(hours));
    }

    private static CoachingSessionHeld heldEvent(UUID session, MemberId member, LocalDate on, String hours) {
        return new CoachingSessionHeld(UUID.randomUUID(), Instant.now(), session, member, "La Ruche", FARM, on,
                new BigDecimal(hours));
    }

    private static CoachingSessionCorrected corrected(UUID session, long revision, MemberId member, LocalDate on,
                                                      String hours, boolean deleted) {
        return new CoachingSessionCorrected(UUID.randomUUID(), Instant.now(), session, revision, member, "La Ruche",
                FARM, on, new BigDecimal(hours), deleted);
    }

    private void grant(String title, int year, String rate, String hours) {
        new GrantFixtures(funders, applications, grants)
                .coachingGrant(title, day(year, 1, 1), day(year, 12, 31), rate, hours);
    }

    private BigDecimal hoursOf(MemberId member, int year) {
        return engagement.contributionOf(member, year).totalHours();
    }

    private List<EngagementEntry> entriesOf(MemberId member, int year) {
        return engagement.contributionOf(member, year).entries();
    }

    private Statement statementOf(MemberId member, int year) {
        return statements.statementOf(member, day(year, 1, 1), day(year, 12, 31));
    }

    private BigDecimal chargedHours(String grantTitle) {
        return jdbc.sql("""
                        select coalesce(sum(c.hours), 0) from cooperation.coaching_charge c
                        join cooperation.funding_grant g on g.id = c.funding_grant_id where g.title = ?""")
                .param(grantTitle).query(BigDecimal.class).single();
    }

    private long appliedRevision(UUID session) {
        return jdbc.sql("select coalesce(max(revision), -1) from cooperation.coaching_session_revision "
                        + "where session_id = ?")
                .param(session).query(Long.class).single();
    }

    private int pendingPublications() {
        return jdbc.sql("select count(*) from event_publication").query(Integer.class).single();
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
