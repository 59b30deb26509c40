package fr.ploucs.accompaniment.coaches.adapter.out.persistence;

import fr.ploucs.accompaniment.coaches.domain.CoachingMember;
import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Runs against the real PostgreSQL the shared kernel's test support provides, migrated by the module's Flyway script. */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({CoachingMemberPersistenceAdapter.class, CoachingMemberPersistenceMapperImpl.class})
class CoachingMemberPersistenceAdapterTest {

    private static final Instant JOINED_AT = Instant.parse("2024-03-12T09:00:00Z");
    private static final Instant LEFT_AT = Instant.parse("2025-09-01T14:30:00Z");

    @Autowired
    private CoachingMemberPersistenceAdapter adapter;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private PlatformTransactionManager transactions;

    private final MemberId memberId = MemberId.newId();

    @Test
    void saving_a_new_member_inserts_its_row_at_version_zero() {
        CoachingMember saved = adapter.save(CoachingMember.joined(memberId, "L'Atelier", "Morcenx-la-Nouvelle",
                LocalDate.of(2024, 3, 12), JOINED_AT));

        assertThat(saved.version()).isZero();
        Map<String, Object> row = rowOf(memberId);
        assertThat(row).containsEntry("name", "L'Atelier")
                .containsEntry("commune", "Morcenx-la-Nouvelle")
                .containsEntry("active", true)
                .containsEntry("active_since", java.sql.Date.valueOf(LocalDate.of(2024, 3, 12)))
                .containsEntry("version", 0L);
        assertThat(((java.sql.Timestamp) row.get("last_event_at")).toInstant()).isEqualTo(JOINED_AT);
    }

    @Test
    void an_update_round_trips_the_version_and_stores_the_departure() {
        CoachingMember saved = adapter.save(CoachingMember.joined(memberId, "L'Atelier", "Morcenx-la-Nouvelle",
                LocalDate.of(2024, 3, 12), JOINED_AT));
        CoachingMember reloaded = adapter.findById(memberId).orElseThrow();
        assertThat(reloaded).isEqualTo(saved);

        CoachingMember left = adapter.save(reloaded
                .applyLeft("L'Atelier", LocalDate.of(2025, 9, 1), "fin d'activité", LEFT_AT).orElseThrow());

        assertThat(left.version()).isEqualTo(1L);
        assertThat(adapter.findById(memberId)).contains(left);
        assertThat(rowOf(memberId)).containsEntry("active", false)
                .containsEntry("left_on", java.sql.Date.valueOf(LocalDate.of(2025, 9, 1)))
                .containsEntry("leaving_reason", "fin d'activité")
                .containsEntry("version", 1L);
    }

    @Test
    void saving_a_member_read_before_a_concurrent_change_fails_instead_of_losing_that_change() {
        CoachingMember saved = adapter.save(CoachingMember.joined(memberId, "L'Atelier", "Morcenx-la-Nouvelle",
                LocalDate.of(2024, 3, 12), JOINED_AT));
        adapter.save(saved.applyLeft("L'Atelier", LocalDate.of(2025, 9, 1), null, LEFT_AT).orElseThrow());

        CoachingMember stale = saved.applyLeft("L'Atelier", LocalDate.of(2025, 9, 2), "autre", LEFT_AT.plusSeconds(60))
                .orElseThrow();

        assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> adapter.save(stale));
    }

    @Test
    void finds_every_stored_member() {
        adapter.save(CoachingMember.joined(memberId, "L'Atelier", null, LocalDate.of(2024, 3, 12), JOINED_AT));
        MemberId other = MemberId.newId();
        adapter.save(CoachingMember.left(other, "Abeilles", LocalDate.of(2025, 9, 1), null, LEFT_AT));

        assertThat(adapter.findAll()).extracting(CoachingMember::memberId).contains(memberId, other);
        assertThat(adapter.findById(MemberId.newId())).isEmpty();
    }

    @Test
    void a_member_known_only_by_its_details_is_stored_with_no_membership_fact_yet() {
        CoachingMember early = adapter.save(CoachingMember.detailsOnly(memberId, "L'Atelier", "Arjuzanx", LEFT_AT));

        assertThat(adapter.findById(memberId)).contains(early);
        Map<String, Object> row = rowOf(memberId);
        assertThat(row).containsEntry("active", false).containsEntry("last_event_at", null)
                .containsEntry("commune", "Arjuzanx");
        assertThat(((java.sql.Timestamp) row.get("details_at")).toInstant()).isEqualTo(LEFT_AT);
    }

    /**
     * Two facts about a member not stored yet, delivered at the same time: the second waits for the first to commit,
     * then reads what it stored; neither fails (without the lock both would insert and one fail on the key).
     */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void the_member_lock_makes_simultaneous_facts_apply_one_after_the_other() throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        CountDownLatch firstHoldsTheLock = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<CoachingMember> first = threads.submit(() -> transaction.execute(status -> {
                adapter.lock(memberId);
                assertThat(adapter.findById(memberId)).isEmpty();
                firstHoldsTheLock.countDown();
                pause(300);
                return adapter.save(CoachingMember.joined(memberId, "L'Atelier", "Morcenx-la-Nouvelle",
                        LocalDate.of(2024, 3, 12), JOINED_AT));
            }));
            Future<Long> second = threads.submit(() -> {
                firstHoldsTheLock.await();
                return transaction.execute(status -> {
                    long asked = System.nanoTime();
                    adapter.lock(memberId);
                    long waited = Duration.ofNanos(System.nanoTime() - asked).toMillis();
                    CoachingMember known = adapter.findById(memberId).orElseThrow();
                    adapter.save(known.applyDetails("L'Atelier coopératif", "Arjuzanx", LEFT_AT).orElseThrow());
                    return waited;
                });
            });

            first.get(10, TimeUnit.SECONDS);
            assertThat(second.get(10, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(200L);
        } finally {
            threads.shutdownNow();
        }
        CoachingMember stored = adapter.findById(memberId).orElseThrow();
        assertThat(stored.name()).isEqualTo("L'Atelier coopératif");
        assertThat(stored.commune()).isEqualTo("Arjuzanx");
        assertThat(stored.active()).isTrue();
        assertThat(stored.version()).isEqualTo(1L);
    }

    /** Many facts about one member at once, in any order: none fails, and the newest details win. */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void many_simultaneous_details_changes_all_succeed_and_the_newest_wins() throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> deliveries = new ArrayList<>();
            for (int i = 11; i >= 0; i--) {
                int n = i;
                deliveries.add(threads.submit(() -> transaction.executeWithoutResult(status -> {
                    adapter.lock(memberId);
                    Instant at = JOINED_AT.plusSeconds(n);
                    adapter.findById(memberId)
                            .map(known -> known.applyDetails("Nom " + n, "Commune " + n, at))
                            .orElseGet(() -> Optional.of(CoachingMember.detailsOnly(memberId, "Nom " + n,
                                    "Commune " + n, at)))
                            .ifPresent(adapter::save);
                })));
            }
            for (Future<?> delivery : deliveries) {
                delivery.get(20, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        CoachingMember stored = adapter.findById(memberId).orElseThrow();
        assertThat(stored.name()).isEqualTo("Nom 11");
        assertThat(stored.commune()).isEqualTo("Commune 11");
        assertThat(stored.detailsAt()).isEqualTo(JOINED_AT.plusSeconds(11));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> rowOf(MemberId id) {
        return jdbc.sql("select * from accompaniment.coaching_member where member_id = ?")
                .param(id.value())
                .query().singleRow();
    }
}
