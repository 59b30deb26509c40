package fr.ploucs.notification;

import fr.ploucs.cooperation.members.application.port.in.ChangeMemberUseCase;
import fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.members.domain.Representative;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.events.MemberJoined;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The member registry's events, through the real registry, reach the coordinators' inbox and the other pillars'
 * views; a redelivered event changes nothing.
 */
@SpringBootTest
@EnableScenarios
class NotificationsEndToEndTest {

    @Autowired
    RegisterMemberUseCase registration;
    @Autowired
    ChangeMemberUseCase changes;
    @Autowired
    NotificationCentre centre;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_registered_member_reaches_the_inbox_and_both_pillars(Scenario scenario) {
        String name = "Atelier Vélo " + UUID.randomUUID().toString().substring(0, 6);

        scenario.stimulate(() -> registration.register(new RegisterMemberUseCase.RegisterMember(
                        new MemberDetails(name, LegalForm.ASSOCIATION_LOI_1901, null, "Morcenx-la-Nouvelle",
                                new Representative("Lou Martin", "lou@example.org", null)),
                        LocalDate.of(2024, 9, 1))))
                .andWaitForStateChange(() -> countWhere("platform.notification", "arguments[1]", name)
                        + countWhere("accompaniment.coaching_member", "name", name)
                        + countWhere("awareness.facilitating_member", "name", name), total -> total == 3)
                .andVerify(total -> assertThat(total).isEqualTo(3));

        assertThat(jdbc.sql("select message_key from platform.notification where arguments[1] = ?").param(name)
                .query(String.class).single()).isEqualTo("notification.MemberJoined");
    }

    @Test
    void the_same_event_twice_gives_one_notification(Scenario scenario) {
        MemberJoined event = new MemberJoined(UUID.randomUUID(), Instant.now(), MemberId.newId(), "Doublon Solidaire",
                "Arjuzanx", LocalDate.of(2024, 1, 15));

        centre.record(event);
        centre.record(event);

        assertThat(jdbc.sql("select count(*) from platform.notification where event_id = ?").param(event.eventId())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void unread_counts_are_per_coordinator() {
        UUID someone = jdbc.sql("select id from platform.user_account limit 1").query(UUID.class).single();
        centre.record(new MemberJoined(UUID.randomUUID(), Instant.now(), MemberId.newId(), "Compteur", "Ygos",
                LocalDate.of(2024, 2, 1)));
        assertThat(centre.unreadCount(someone)).isPositive();

        centre.markAllRead(someone);

        assertThat(centre.unreadCount(someone)).isZero();
    }

    private int countWhere(String table, String column, String value) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = ?").param(value)
                .query(Integer.class).single();
    }
}
