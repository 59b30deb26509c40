package fr.ploucs.cooperation.mutualisation.domain;

import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BookingTest {

    private static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");
    private static final SharedResourceId KIT = SharedResourceId.newId();
    private static final MemberId JARDINS = MemberId.newId();

    @Test
    void a_booking_starts_active_with_its_purpose_tidied() {
        BookingPeriod period = period("2026-05-06T08:00:00Z", "2026-05-06T10:00:00Z");

        Booking booking = Booking.book(BookingId.newId(), KIT, JARDINS, period, "  Animation au collège ", NOW);

        assertThat(booking.getStatus()).isEqualTo(BookingStatus.ACTIVE);
        assertThat(booking.isActive()).isTrue();
        assertThat(booking.getPurpose()).isEqualTo("Animation au collège");
        assertThat(booking.getPeriod()).isEqualTo(period);
        assertThat(booking.getVersion()).isNull();
    }

    @Test
    void a_booking_may_start_right_now_but_not_before() {
        assertThat(Booking.book(BookingId.newId(), KIT, JARDINS, new BookingPeriod(NOW, NOW.plusSeconds(3600)),
                "Réunion", NOW).isActive()).isTrue();

        assertThatExceptionOfType(MutualisationRuleViolation.class)
                .isThrownBy(() -> Booking.book(BookingId.newId(), KIT, JARDINS,
                        new BookingPeriod(NOW.minusSeconds(60), NOW.plusSeconds(3600)), "Réunion", NOW))
                .extracting(MutualisationRuleViolation::reason).isEqualTo("booking.rule.in-the-past");
    }

    @Test
    void a_booking_needs_a_purpose() {
        assertThatExceptionOfType(MutualisationRuleViolation.class)
                .isThrownBy(() -> Booking.book(BookingId.newId(), KIT, JARDINS,
                        period("2026-05-06T08:00:00Z", "2026-05-06T10:00:00Z"), "  ", NOW))
                .extracting(MutualisationRuleViolation::reason).isEqualTo("booking.rule.purpose-required");
    }

    @Test
    void the_end_must_come_after_the_start() {
        assertThatExceptionOfType(MutualisationRuleViolation.class)
                .isThrownBy(() -> period("2026-05-06T10:00:00Z", "2026-05-06T10:00:00Z"))
                .extracting(MutualisationRuleViolation::reason).isEqualTo("booking.rule.end-before-start");
        assertThatExceptionOfType(MutualisationRuleViolation.class)
                .isThrownBy(() -> period("2026-05-06T10:00:00Z", "2026-05-06T09:00:00Z"));
    }

    @Test
    void periods_overlap_when_they_share_a_moment_and_back_to_back_ones_do_not() {
        BookingPeriod morning = period("2026-05-06T08:00:00Z", "2026-05-06T10:00:00Z");

        assertThat(morning.overlaps(period("2026-05-06T09:00:00Z", "2026-05-06T11:00:00Z"))).isTrue();
        assertThat(morning.overlaps(period("2026-05-06T07:00:00Z", "2026-05-06T12:00:00Z"))).isTrue();
        assertThat(morning.overlaps(period("2026-05-06T08:30:00Z", "2026-05-06T09:00:00Z"))).isTrue();
        assertThat(morning.overlaps(period("2026-05-06T10:00:00Z", "2026-05-06T11:00:00Z"))).isFalse();
        assertThat(morning.overlaps(period("2026-05-06T06:00:00Z", "2026-05-06T08:00:00Z"))).isFalse();
    }

    @Test
    void a_cancelled_booking_is_no_longer_active_and_cannot_be_cancelled_twice() {
        Booking booking = Booking.book(BookingId.newId(), KIT, JARDINS,
                period("2026-05-06T08:00:00Z", "2026-05-06T10:00:00Z"), "Réunion", NOW);

        booking.cancel();

        assertThat(booking.getStatus()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(booking.isActive()).isFalse();
        assertThatExceptionOfType(MutualisationRuleViolation.class).isThrownBy(booking::cancel)
                .extracting(MutualisationRuleViolation::reason).isEqualTo("booking.rule.already-cancelled");
    }

    @Test
    void the_version_tells_whether_someone_changed_it_since() {
        Booking stored = new Booking(BookingId.newId(), KIT, JARDINS,
                period("2026-05-06T08:00:00Z", "2026-05-06T10:00:00Z"), "Réunion", BookingStatus.ACTIVE, 2L);

        assertThat(stored.changedSince(2L)).isFalse();
        assertThat(stored.changedSince(1L)).isTrue();
        assertThat(stored.changedSince(null)).isTrue();
    }

    private static BookingPeriod period(String start, String end) {
        return new BookingPeriod(Instant.parse(start), Instant.parse(end));
    }
}
