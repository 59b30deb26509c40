package fr.ploucs.cooperation;

import fr.ploucs.sharedkernel.Money;
import fr.ploucs.cooperation.funding.application.port.in.FundersUseCase;
import fr.ploucs.cooperation.funding.application.port.in.FundingApplicationsUseCase;
import fr.ploucs.cooperation.funding.application.port.in.GrantsUseCase;
import fr.ploucs.cooperation.payments.application.port.in.PaymentStatementQuery;
import fr.ploucs.cooperation.payments.application.port.in.PaymentStatementQuery.Statement;
import fr.ploucs.cooperation.engagement.application.port.in.RecordEngagementUseCase;
import fr.ploucs.cooperation.engagement.application.port.in.RecordEngagementUseCase.CreditHours;
import fr.ploucs.cooperation.shared.domain.EngagementSource;
import fr.ploucs.sharedkernel.events.CoachingSessionHeld;
import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Coaching hours reported by events, charged to the grants that pay them, on the real database. */
@ApplicationModuleTest
class CoachingPaymentsModuleTest {

    @Autowired
    PaymentStatementQuery statements;
    @Autowired
    RecordEngagementUseCase engagement;
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
    void a_session_delivered_twice_is_charged_once_at_the_grants_rate(Scenario scenario) {
        new GrantFixtures(funders, applications, grants)
                .coachingGrant("Accompagnement 2031", day(2031, 1, 1), day(2031, 12, 31), "45.00", "40");
        MemberId member = MemberId.newId();
        CoachingSessionHeld held = new CoachingSessionHeld(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
                member, "La Ruche", "Ferme partagée de Sabres", day(2031, 3, 4), new BigDecimal("3.5"));

        scenario.publish(held)
                .andWaitForStateChange(() -> statementOf(member, 2031).lines(), lines -> !lines.isEmpty())
                .andVerify(lines -> assertThat(lines).hasSize(1));
        scenario.publish(held)
                .andWaitForStateChange(() -> jdbc.sql("select count(*) from event_publication").query(Integer.class)
                        .single(), pending -> pending == 0)
                .andVerify(pending -> {
                    Statement statement = statementOf(member, 2031);
                    assertThat(statement.lines()).hasSize(1);
                    assertThat(statement.paidHours()).isEqualByComparingTo("3.5");
                    assertThat(statement.amountDue()).isEqualTo(Money.of("157.50"));
                    assertThat(statement.hoursBeyondEnvelope()).isZero();
                    assertThat(statement.lines().get(0).grantLabel())
                            .isEqualTo("Département des Landes — Accompagnement 2031");
                });
    }

    @Test
    void hours_beyond_the_envelope_are_flagged_not_dropped() {
        new GrantFixtures(funders, applications, grants)
                .coachingGrant("Accompagnement 2032", day(2032, 1, 1), day(2032, 6, 30), "40.00", "4");
        MemberId member = MemberId.newId();

        credit(member, day(2032, 2, 1), "3");
        credit(member, day(2032, 2, 8), "3");
        credit(member, day(2032, 9, 1), "2");

        Statement statement = statementOf(member, 2032);
        assertThat(statement.paidHours()).isEqualByComparingTo("4");
        assertThat(statement.amountDue()).isEqualTo(Money.of("160.00"));
        assertThat(statement.hoursBeyondEnvelope()).isEqualByComparingTo("4");
        assertThat(statement.beyondEnvelope()).hasSize(2);
    }

    @Test
    void sessions_charged_at_the_same_moment_never_take_more_than_the_envelope() throws Exception {
        new GrantFixtures(funders, applications, grants)
                .coachingGrant("Accompagnement 2033", day(2033, 1, 1), day(2033, 12, 31), "45.00", "10");
        List<MemberId> members = List.of(MemberId.newId(), MemberId.newId(), MemberId.newId(), MemberId.newId());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(members.size());
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (MemberId member : members) {
                results.add(threads.submit(() -> {
                    start.await();
                    return engagement.credit(new CreditHours(member, EngagementSource.COACHING_SESSION,
                            UUID.randomUUID().toString(), day(2033, 5, 5), new BigDecimal("3"), "Projet"));
                }));
            }
            start.countDown();
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }

        BigDecimal paid = members.stream().map(member -> statementOf(member, 2033).paidHours())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal beyond = members.stream().map(member -> statementOf(member, 2033).hoursBeyondEnvelope())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(paid).isEqualByComparingTo("10");
        assertThat(beyond).isEqualByComparingTo("2");
    }

    private void credit(MemberId member, LocalDate on, String hours) {
        engagement.credit(new CreditHours(member, EngagementSource.COACHING_SESSION, UUID.randomUUID().toString(), on,
                new BigDecimal(hours), "Projet accompagné"));
    }

    private Statement statementOf(MemberId member, int year) {
        return statements.statementOf(member, day(year, 1, 1), day(year, 12, 31));
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
