package fr.ploucs.cooperation.exchanges.domain;

import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TrainingSessionTest {

    private final TrainingProgramme programme = TrainingProgramme.open(TrainingProgrammeId.newId(), 2026,
            "Programme 2026", null);

    @Test
    void the_duration_is_counted_in_hours_to_the_hundredth() {
        assertThat(details(LocalTime.of(9, 0), LocalTime.of(12, 30), 10).durationInHours()).isEqualByComparingTo("3.5");
        assertThat(details(LocalTime.of(14, 0), LocalTime.of(15, 20), 10).durationInHours()).isEqualByComparingTo("1.33");
    }

    @Test
    void a_session_has_at_least_one_place_ends_after_it_starts_and_falls_in_the_programme_year() {
        assertThatExceptionOfType(TrainingRuleViolation.class)
                .isThrownBy(() -> details(LocalTime.of(9, 0), LocalTime.of(12, 0), 0))
                .extracting(TrainingRuleViolation::reason).isEqualTo("training.session.capacity.min");
        assertThatExceptionOfType(TrainingRuleViolation.class)
                .isThrownBy(() -> details(LocalTime.of(12, 0), LocalTime.of(12, 0), 5))
                .extracting(TrainingRuleViolation::reason).isEqualTo("training.session.ends-before-start");
        TrainingSessionDetails nextYear = new TrainingSessionDetails("Titre", LocalDate.of(2027, 1, 5),
                LocalTime.of(9, 0), LocalTime.of(10, 0), "Ygos", "Dominique", 5, null);
        assertThatExceptionOfType(TrainingRuleViolation.class)
                .isThrownBy(() -> TrainingSession.schedule(TrainingSessionId.newId(), programme, nextYear))
                .extracting(TrainingRuleViolation::reason).isEqualTo("training.session.date.outside-year");
    }

    @Test
    void the_capacity_cannot_drop_below_the_places_taken() {
        TrainingSession session = TrainingSession.schedule(TrainingSessionId.newId(), programme,
                details(LocalTime.of(9, 0), LocalTime.of(12, 0), 5));

        assertThatExceptionOfType(TrainingRuleViolation.class)
                .isThrownBy(() -> session.replan(programme, details(LocalTime.of(9, 0), LocalTime.of(12, 0), 2), 3))
                .extracting(TrainingRuleViolation::reason).isEqualTo("training.session.capacity.below-registered");
        session.replan(programme, details(LocalTime.of(9, 0), LocalTime.of(12, 0), 3), 3);
        assertThat(session.placesLeft(3)).isZero();
    }

    @Test
    void a_registration_takes_a_place_while_one_is_left_then_waits_and_is_promoted() {
        TrainingSession session = TrainingSession.schedule(TrainingSessionId.newId(), programme,
                details(LocalTime.of(9, 0), LocalTime.of(12, 0), 2));
        Instant now = Instant.parse("2026-09-01T10:00:00Z");

        TrainingRegistration second = TrainingRegistration.register(TrainingRegistrationId.newId(), session,
                MemberId.newId(), " Sam Petit ", 1, now);
        TrainingRegistration third = TrainingRegistration.register(TrainingRegistrationId.newId(), session,
                MemberId.newId(), "Alex Roux", 2, now);

        assertThat(second.getStatus()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(second.getPersonName()).isEqualTo("Sam Petit");
        assertThat(third.getStatus()).isEqualTo(RegistrationStatus.WAITING);
        assertThatExceptionOfType(TrainingRuleViolation.class).isThrownBy(() -> third.mark(Attendance.PRESENT))
                .extracting(TrainingRuleViolation::reason).isEqualTo("training.attendance.not-registered");
        third.promote();
        third.mark(Attendance.PRESENT);
        assertThat(third.wasPresent()).isTrue();
        assertThatExceptionOfType(TrainingRuleViolation.class).isThrownBy(third::cancel)
                .extracting(TrainingRuleViolation::reason).isEqualTo("training.registration.attendance-recorded");
    }

    @Test
    void attendance_is_recorded_on_the_day_or_after() {
        TrainingSession session = TrainingSession.schedule(TrainingSessionId.newId(), programme,
                details(LocalTime.of(9, 0), LocalTime.of(12, 0), 2));

        assertThatExceptionOfType(TrainingRuleViolation.class)
                .isThrownBy(() -> session.recordAttendance(LocalDate.of(2026, 10, 5)))
                .extracting(TrainingRuleViolation::reason).isEqualTo("training.attendance.too-early");
        session.recordAttendance(LocalDate.of(2026, 10, 6));
        assertThat(session.isAttendanceRecorded()).isTrue();
    }

    private static TrainingSessionDetails details(LocalTime from, LocalTime to, int capacity) {
        return new TrainingSessionDetails("Comptabilité associative", LocalDate.of(2026, 10, 6), from, to,
                "Morcenx-la-Nouvelle", "Dominique Laborde", capacity, null);
    }
}
