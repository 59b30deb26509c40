package fr.ploucs.cooperation.engagement.adapter.out.persistence;

import fr.ploucs.cooperation.engagement.application.port.in.EngagementQuery;
import fr.ploucs.cooperation.members.application.port.out.MemberRepository;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.Member;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.members.domain.Representative;
import java.time.Clock;

import fr.ploucs.cooperation.engagement.application.port.in.RecordEngagementUseCase;
import fr.ploucs.cooperation.engagement.application.port.in.RecordEngagementUseCase.CoachingSessionState;
import fr.ploucs.cooperation.engagement.application.port.in.RecordEngagementUseCase.CreditHours;
import fr.ploucs.cooperation.engagement.domain.CoachingSessionRevision;
import fr.ploucs.cooperation.shared.domain.EngagementSource;
import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The ledger on the real PostgreSQL, through the use case, each call in its own transaction as in production. */
@SpringBootTest
class EngagementLedgerAdapterTest {

    @Autowired
    RecordEngagementUseCase engagement;
    @Autowired
    EngagementLedgerAdapter ledger;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EngagementQuery query;
    @Autowired
    MemberRepository members;
    @Autowired
    Clock clock;

    @Test
    void the_same_session_credited_twice_is_one_line() {
        MemberId member = MemberId.newId();
        CreditHours credit = credit(member, UUID.randomUUID().toString());

        assertThat(engagement.credit(credit)).isTrue();
        assertThat(engagement.credit(credit)).isFalse();

        assertThat(hoursOf(member)).isEqualByComparingTo("2.5");
        assertThat(ledger.entriesOf(member, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.source()).isEqualTo(EngagementSource.COACHING_SESSION);
                    assertThat(entry.description()).isEqualTo("Projet de recyclerie");
                    assertThat(entry.on()).isEqualTo(LocalDate.of(2026, 10, 5));
                });
    }

    @Test
    void two_deliveries_of_one_session_at_the_same_moment_credit_it_once() throws Exception {
        MemberId member = MemberId.newId();
        CreditHours credit = credit(member, UUID.randomUUID().toString());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<Boolean> delivery = () -> {
                    start.await();
                    return engagement.credit(credit);
                };
                results.add(threads.submit(delivery));
            }
            start.countDown();
            long credited = 0;
            for (Future<Boolean> result : results) {
                credited += result.get() ? 1 : 0;
            }
            assertThat(credited).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
        assertThat(hoursOf(member)).isEqualByComparingTo("2.5");
    }

    @Test
    void a_session_revision_is_kept_only_over_a_lower_one() {
        UUID session = UUID.randomUUID();
        MemberId member = MemberId.newId();

        assertThat(ledger.keepIfNewer(revision(session, 1, member, "2"))).isTrue();
        assertThat(ledger.keepIfNewer(revision(session, 1, member, "2"))).isFalse();
        assertThat(ledger.keepIfNewer(revision(session, 0, member, "5"))).isFalse();
        assertThat(ledger.keepIfNewer(revision(session, 3, member, "4"))).isTrue();

        assertThat(jdbc.sql("select revision, hours from cooperation.coaching_session_revision where session_id = ?")
                .param(session).query((rs, n) -> rs.getLong("revision") + "/" + rs.getBigDecimal("hours")).single())
                .isEqualTo("3/4.00");
    }

    @Test
    void one_correction_delivered_four_times_at_the_same_moment_is_applied_once() throws Exception {
        MemberId member = MemberId.newId();
        UUID session = UUID.randomUUID();
        engagement.setCoachingSession(new CoachingSessionState(session, 0, member, LocalDate.of(2026, 10, 5),
                new BigDecimal("2.5"), false, "Projet de recyclerie"));
        CoachingSessionState correction = new CoachingSessionState(session, 1, member, LocalDate.of(2026, 10, 6),
                new BigDecimal("4"), false, "Projet de recyclerie");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(threads.submit(() -> {
                    start.await();
                    return engagement.setCoachingSession(correction);
                }));
            }
            start.countDown();
            long applied = 0;
            for (Future<Boolean> result : results) {
                applied += result.get() ? 1 : 0;
            }
            assertThat(applied).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
        assertThat(hoursOf(member)).isEqualByComparingTo("4");
        assertThat(ledger.entriesFrom(EngagementSource.COACHING_SESSION, session.toString())).singleElement()
                .satisfies(entry -> assertThat(entry.on()).isEqualTo(LocalDate.of(2026, 10, 6)));
        assertThat(jdbc.sql("select coalesce(sum(hours), 0) from cooperation.coaching_charge where member_id = ?")
                .param(member.value()).query(BigDecimal.class).single()).isEqualByComparingTo("4");
    }

    @Test
    void a_correction_may_move_the_hours_to_another_member() {
        MemberId first = MemberId.newId();
        MemberId second = MemberId.newId();
        UUID session = UUID.randomUUID();
        engagement.setCoachingSession(new CoachingSessionState(session, 0, first, LocalDate.of(2026, 10, 5),
                new BigDecimal("2.5"), false, "Projet"));

        engagement.setCoachingSession(new CoachingSessionState(session, 1, second, LocalDate.of(2026, 10, 5),
                new BigDecimal("2.5"), false, "Projet"));

        assertThat(hoursOf(first)).isZero();
        assertThat(hoursOf(second)).isEqualByComparingTo("2.5");
    }

    @Test
    void knows_each_members_last_activity() {
        MemberId member = MemberId.newId();
        engagement.credit(credit(member, "a-" + UUID.randomUUID()));
        engagement.credit(new CreditHours(member, EngagementSource.AWARENESS_SESSION, "b-" + UUID.randomUUID(),
                LocalDate.of(2026, 11, 2), BigDecimal.ONE, "Collège de Morcenx"));

        assertThat(ledger.lastActivityByMember()).containsEntry(member, LocalDate.of(2026, 11, 2));
    }

    @Test
    void counts_in_sql_the_members_to_re_engage_as_the_list_finds_them() {
        LocalDate today = LocalDate.now(clock);
        long before = query.countMembersToReengage();
        MemberId neverActive = register(LocalDate.of(2020, 1, 15), null);
        MemberId activeToday = register(LocalDate.of(2020, 1, 15), null);
        MemberId activeLongAgo = register(LocalDate.of(2020, 1, 15), null);
        MemberId left = register(LocalDate.of(2020, 1, 15), LocalDate.of(2021, 3, 1));
        MemberId newcomer = register(today, null);
        engagement.credit(new CreditHours(activeToday, EngagementSource.OTHER, UUID.randomUUID().toString(), today,
                BigDecimal.ONE, "Atelier"));
        engagement.credit(new CreditHours(activeLongAgo, EngagementSource.OTHER, UUID.randomUUID().toString(),
                LocalDate.of(2020, 6, 1), BigDecimal.ONE, "Atelier"));

        assertThat(query.countMembersToReengage()).isEqualTo(before + 2);
        assertThat(query.membersToReengage()).extracting(EngagementQuery.DormantMember::memberId)
                .contains(neverActive, activeLongAgo)
                .doesNotContain(activeToday, left, newcomer)
                .hasSize((int) query.countMembersToReengage());
    }

    private MemberId register(LocalDate joinedOn, LocalDate leftOn) {
        Member member = Member.register(MemberId.newId(), new MemberDetails("Structure " + UUID.randomUUID(),
                LegalForm.SCOP, null, "Dax", new Representative("Lou Martin", "lou@example.org", null)), joinedOn);
        if (leftOn != null) {
            member.leave(leftOn, "fin");
        }
        return members.save(member).getId();
    }

    private BigDecimal hoursOf(MemberId member) {
        return jdbc.sql("select coalesce(sum(hours), 0) from cooperation.engagement_entry where member_id = ?")
                .param(member.value()).query(BigDecimal.class).single();
    }

    private static CoachingSessionRevision revision(UUID session, long revision, MemberId member, String hours) {
        return new CoachingSessionRevision(session, revision, member, LocalDate.of(2026, 10, 5),
                new BigDecimal(hours), false, "Projet");
    }

    private static CreditHours credit(MemberId member, String session) {
        return new CreditHours(member, EngagementSource.COACHING_SESSION, session, LocalDate.of(2026, 10, 5),
                new BigDecimal("2.5"), "Projet de recyclerie");
    }
}
