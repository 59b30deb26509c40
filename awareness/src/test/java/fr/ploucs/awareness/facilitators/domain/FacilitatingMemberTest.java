package fr.ploucs.awareness.facilitators.domain;

import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class FacilitatingMemberTest {

    private static final MemberId MEMBER = MemberId.newId();
    private static final Instant JOINED_AT = Instant.parse("2024-03-12T09:00:00Z");
    private static final Instant LEFT_AT = Instant.parse("2025-09-01T14:30:00Z");
    private static final Instant REJOINED_AT = Instant.parse("2026-01-15T10:00:00Z");

    private final FacilitatingMember joined = FacilitatingMember.joined(MEMBER, "L'Atelier", "Morcenx-la-Nouvelle",
            LocalDate.of(2024, 3, 12), JOINED_AT);

    @Test
    void a_member_that_joined_is_active_since_its_joining_day() {
        assertThat(joined.active()).isTrue();
        assertThat(joined.activeSince()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(joined.lastEventAt()).isEqualTo(JOINED_AT);
        assertThat(joined.version()).isNull();
    }

    @Test
    void leaving_makes_the_member_inactive_with_its_date_and_reason() {
        FacilitatingMember left = joined.applyLeft("L'Atelier", LocalDate.of(2025, 9, 1), "fin d'activité", LEFT_AT)
                .orElseThrow();

        assertThat(left.active()).isFalse();
        assertThat(left.leftOn()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(left.leavingReason()).isEqualTo("fin d'activité");
        assertThat(left.commune()).isEqualTo("Morcenx-la-Nouvelle");
        assertThat(left.lastEventAt()).isEqualTo(LEFT_AT);
    }

    @Test
    void a_late_redelivery_of_the_joining_does_not_revive_a_member_that_left() {
        FacilitatingMember left = joined.applyLeft("L'Atelier", LocalDate.of(2025, 9, 1), "fin d'activité", LEFT_AT)
                .orElseThrow();

        assertThat(left.applyJoined("L'Atelier", "Morcenx-la-Nouvelle", LocalDate.of(2024, 3, 12), JOINED_AT))
                .isEmpty();
    }

    @Test
    void the_same_fact_applied_twice_changes_nothing() {
        assertThat(joined.applyJoined("L'Atelier", "Morcenx-la-Nouvelle", LocalDate.of(2024, 3, 12), JOINED_AT))
                .isEmpty();

        FacilitatingMember left = joined.applyLeft("L'Atelier", LocalDate.of(2025, 9, 1), "fin d'activité", LEFT_AT)
                .orElseThrow();
        assertThat(left.applyLeft("L'Atelier", LocalDate.of(2025, 9, 1), "fin d'activité", LEFT_AT)).isEmpty();
    }

    @Test
    void rejoining_makes_the_member_active_again_and_forgets_its_departure() {
        FacilitatingMember back = joined
                .applyLeft("L'Atelier", LocalDate.of(2025, 9, 1), "fin d'activité", LEFT_AT).orElseThrow()
                .applyRejoined("L'Atelier coopérative", "Arjuzanx", LocalDate.of(2026, 1, 15), REJOINED_AT)
                .orElseThrow();

        assertThat(back.active()).isTrue();
        assertThat(back.activeSince()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(back.name()).isEqualTo("L'Atelier coopérative");
        assertThat(back.commune()).isEqualTo("Arjuzanx");
        assertThat(back.leftOn()).isNull();
        assertThat(back.leavingReason()).isNull();
    }

    @Test
    void a_departure_heard_before_the_joining_keeps_the_member_inactive_when_the_joining_arrives() {
        FacilitatingMember left = FacilitatingMember.left(MEMBER, "L'Atelier", LocalDate.of(2025, 9, 1), null, LEFT_AT);

        assertThat(left.active()).isFalse();
        assertThat(left.commune()).isNull();
        assertThat(left.applyJoined("L'Atelier", "Morcenx-la-Nouvelle", LocalDate.of(2024, 3, 12), JOINED_AT))
                .isEmpty();
    }

    @Test
    void the_stored_version_is_kept_through_the_facts_applied() {
        FacilitatingMember stored = new FacilitatingMember(MEMBER, "L'Atelier", "Morcenx-la-Nouvelle", true,
                LocalDate.of(2024, 3, 12), null, null, JOINED_AT, JOINED_AT, 3L);

        assertThat(stored.applyLeft("L'Atelier", LocalDate.of(2025, 9, 1), null, LEFT_AT).orElseThrow().version())
                .isEqualTo(3L);
    }

    @Test
    void an_inactive_member_always_has_a_leaving_date() {
        assertThatNullPointerException().isThrownBy(() -> new FacilitatingMember(MEMBER, "L'Atelier", null, false,
                null, null, null, LEFT_AT, LEFT_AT, null));
    }

    private static final Instant RENAMED_AT = Instant.parse("2024-06-01T08:00:00Z");
    private static final Instant MOVED_AT = Instant.parse("2024-09-01T08:00:00Z");

    @Test
    void a_details_change_gives_the_new_name_and_commune_and_keeps_the_membership() {
        FacilitatingMember renamed = joined.applyDetails("L'Atelier coopératif", "Arjuzanx", RENAMED_AT).orElseThrow();

        assertThat(renamed.name()).isEqualTo("L'Atelier coopératif");
        assertThat(renamed.commune()).isEqualTo("Arjuzanx");
        assertThat(renamed.detailsAt()).isEqualTo(RENAMED_AT);
        assertThat(renamed.active()).isTrue();
        assertThat(renamed.activeSince()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(renamed.lastEventAt()).isEqualTo(JOINED_AT);
    }

    @Test
    void a_details_change_delivered_again_or_older_than_the_details_shown_changes_nothing() {
        FacilitatingMember moved = joined.applyDetails("L'Atelier", "Arjuzanx", MOVED_AT).orElseThrow();

        assertThat(moved.applyDetails("L'Atelier", "Arjuzanx", MOVED_AT)).isEmpty();
        assertThat(moved.applyDetails("L'Atelier coopératif", "Morcenx-la-Nouvelle", RENAMED_AT)).isEmpty();
        assertThat(joined.applyDetails("L'Atelier", "Morcenx-la-Nouvelle", JOINED_AT)).isEmpty();
    }

    @Test
    void an_instant_is_compared_to_the_microsecond_postgresql_keeps() {
        Instant precise = Instant.parse("2024-06-01T08:00:00.123456789Z");
        FacilitatingMember stored = joined.applyDetails("L'Atelier", "Arjuzanx", precise.truncatedTo(ChronoUnit.MICROS))
                .orElseThrow();

        assertThat(stored.applyDetails("L'Atelier", "Arjuzanx", precise)).isEmpty();
    }

    @Test
    void a_details_change_heard_before_the_joining_is_kept_unlisted_and_the_older_joining_does_not_replace_it() {
        FacilitatingMember early = FacilitatingMember.detailsOnly(MEMBER, "L'Atelier coopératif", "Arjuzanx", RENAMED_AT);
        assertThat(early.listed()).isFalse();
        assertThat(early.active()).isFalse();

        FacilitatingMember joinedLate = early.applyJoined("L'Atelier", "Morcenx-la-Nouvelle", LocalDate.of(2024, 3, 12),
                JOINED_AT).orElseThrow();

        assertThat(joinedLate.listed()).isTrue();
        assertThat(joinedLate.active()).isTrue();
        assertThat(joinedLate.activeSince()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(joinedLate.name()).isEqualTo("L'Atelier coopératif");
        assertThat(joinedLate.commune()).isEqualTo("Arjuzanx");
        assertThat(joinedLate.detailsAt()).isEqualTo(RENAMED_AT);
    }

    @Test
    void a_details_change_overtaken_by_a_departure_still_gives_the_commune() {
        // Joined, then moved, then left; delivered joined, left, moved: the departure carries no commune.
        FacilitatingMember left = joined.applyLeft("L'Atelier", LocalDate.of(2025, 9, 1), null, LEFT_AT).orElseThrow();

        FacilitatingMember moved = left.applyDetails("L'Atelier", "Arjuzanx", MOVED_AT).orElseThrow();

        assertThat(moved.commune()).isEqualTo("Arjuzanx");
        assertThat(moved.active()).isFalse();
        assertThat(moved.leftOn()).isEqualTo(LocalDate.of(2025, 9, 1));
    }

    @Test
    void a_departure_does_not_bring_back_a_name_older_than_the_details_shown() {
        FacilitatingMember early = FacilitatingMember.detailsOnly(MEMBER, "L'Atelier coopératif", "Arjuzanx", REJOINED_AT);

        FacilitatingMember left = early.applyLeft("L'Atelier", LocalDate.of(2025, 9, 1), null, LEFT_AT).orElseThrow();

        assertThat(left.name()).isEqualTo("L'Atelier coopératif");
        assertThat(left.listed()).isTrue();
        assertThat(left.active()).isFalse();
    }

    @Test
    void a_member_known_only_by_its_details_cannot_be_active() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FacilitatingMember(MEMBER, "L'Atelier", null, true,
                LocalDate.of(2024, 3, 12), null, null, null, RENAMED_AT, null));
        assertThatNullPointerException().isThrownBy(() -> new FacilitatingMember(MEMBER, "L'Atelier", null, false,
                null, null, null, null, null, null));
    }
}
