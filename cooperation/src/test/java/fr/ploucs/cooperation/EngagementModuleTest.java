package fr.ploucs.cooperation;

import fr.ploucs.cooperation.engagement.application.port.in.EngagementQuery;
import fr.ploucs.cooperation.shared.domain.EngagementSource;
import fr.ploucs.cooperation.engagement.domain.YearContribution;
import fr.ploucs.sharedkernel.events.AwarenessSessionDelivered;
import fr.ploucs.sharedkernel.events.AwarenessSessionDelivered.Facilitation;
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
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Hours reported by the other pillars' events reach the engagement ledger, once. */
@ApplicationModuleTest
class EngagementModuleTest {

    @Autowired
    EngagementQuery engagement;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_coaching_session_delivered_twice_credits_its_hours_once(Scenario scenario) {
        MemberId member = MemberId.newId();
        CoachingSessionHeld held = new CoachingSessionHeld(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
                member, "La Ruche", "Ferme partagée de Sabres", LocalDate.of(2026, 10, 8), new BigDecimal("3.5"));

        scenario.publish(held)
                .andWaitForStateChange(() -> contributionOf(member).totalHours(), total -> total.signum() > 0)
                .andVerify(total -> assertThat(total).isEqualByComparingTo("3.5"));

        scenario.publish(held)
                .andWaitForStateChange(this::pendingPublications, pending -> pending == 0)
                .andVerify(pending -> {
                    YearContribution contribution = contributionOf(member);
                    assertThat(contribution.entries()).hasSize(1);
                    assertThat(contribution.totalHours()).isEqualByComparingTo("3.5");
                    assertThat(contribution.entries().get(0).source()).isEqualTo(EngagementSource.COACHING_SESSION);
                });
    }

    @Test
    void an_awareness_session_credits_each_facilitating_member(Scenario scenario) {
        MemberId first = MemberId.newId();
        MemberId second = MemberId.newId();
        AwarenessSessionDelivered delivered = new AwarenessSessionDelivered(UUID.randomUUID(), Instant.now(),
                UUID.randomUUID(), "Jeu de rôle de l’ESS au lycée de Morcenx", LocalDate.of(2026, 11, 3),
                List.of(new Facilitation(first, "La Ruche", new BigDecimal("2")),
                        new Facilitation(second, "Le Tiers-Lieu", new BigDecimal("1.5"))));

        scenario.publish(delivered)
                .andWaitForStateChange(() -> contributionOf(first).totalHours().add(contributionOf(second).totalHours()),
                        total -> total.compareTo(new BigDecimal("3.5")) == 0)
                .andVerify(total -> {
                    assertThat(contributionOf(first).totalHours()).isEqualByComparingTo("2");
                    assertThat(contributionOf(second).entries().get(0).description())
                            .isEqualTo("Jeu de rôle de l’ESS au lycée de Morcenx");
                });
    }

    private YearContribution contributionOf(MemberId member) {
        return engagement.contributionOf(member, 2026);
    }

    private int pendingPublications() {
        return jdbc.sql("select count(*) from event_publication").query(Integer.class).single();
    }
}
