package fr.ploucs.awareness.facilitators.adapter.out.persistence;

import fr.ploucs.awareness.facilitators.domain.FacilitatingMember;
import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Runs against the real PostgreSQL the shared kernel's test support provides, migrated by the module's Flyway script. */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({FacilitatingMemberPersistenceAdapter.class, FacilitatingMemberPersistenceMapperImpl.class})
class FacilitatingMemberPersistenceAdapterTest {

    private static final Instant JOINED_AT = Instant.parse("2024-03-12T09:00:00Z");
    private static final Instant LEFT_AT = Instant.parse("2025-09-01T14:30:00Z");

    @Autowired
    private FacilitatingMemberPersistenceAdapter adapter;

    @Autowired
    private JdbcClient jdbc;

    private final MemberId memberId = MemberId.newId();

    @Test
    void saving_a_new_member_inserts_its_row_at_version_zero() {
        FacilitatingMember saved = adapter.save(FacilitatingMember.joined(memberId, "L'Atelier", "Morcenx-la-Nouvelle",
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
        FacilitatingMember saved = adapter.save(FacilitatingMember.joined(memberId, "L'Atelier", "Morcenx-la-Nouvelle",
                LocalDate.of(2024, 3, 12), JOINED_AT));
        FacilitatingMember reloaded = adapter.findById(memberId).orElseThrow();
        assertThat(reloaded).isEqualTo(saved);

        FacilitatingMember left = adapter.save(reloaded
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
        FacilitatingMember saved = adapter.save(FacilitatingMember.joined(memberId, "L'Atelier", "Morcenx-la-Nouvelle",
                LocalDate.of(2024, 3, 12), JOINED_AT));
        adapter.save(saved.applyLeft("L'Atelier", LocalDate.of(2025, 9, 1), null, LEFT_AT).orElseThrow());

        FacilitatingMember stale = saved.applyLeft("L'Atelier", LocalDate.of(2025, 9, 2), "autre", LEFT_AT.plusSeconds(60))
                .orElseThrow();

        assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> adapter.save(stale));
    }

    @Test
    void finds_every_stored_member() {
        adapter.save(FacilitatingMember.joined(memberId, "L'Atelier", null, LocalDate.of(2024, 3, 12), JOINED_AT));
        MemberId other = MemberId.newId();
        adapter.save(FacilitatingMember.left(other, "Abeilles", LocalDate.of(2025, 9, 1), null, LEFT_AT));

        assertThat(adapter.findAll()).extracting(FacilitatingMember::memberId).contains(memberId, other);
        assertThat(adapter.findById(MemberId.newId())).isEmpty();
    }

    private Map<String, Object> rowOf(MemberId id) {
        return jdbc.sql("select * from awareness.facilitating_member where member_id = ?")
                .param(id.value())
                .query().singleRow();
    }
}
