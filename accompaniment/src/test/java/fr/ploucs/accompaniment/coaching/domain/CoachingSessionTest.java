package fr.ploucs.accompaniment.coaching.domain;

import fr.ploucs.accompaniment.coaching.domain.CoachingSession.SessionDetails;
import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoachingSessionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private final MemberId atelier = MemberId.newId();
    private final Assignment assignment = Assignment.start(AssignmentId.newId(), UUID.randomUUID(), atelier,
            "L'Atelier", "Léa Martin", "lea@atelier.example", LocalDate.of(2026, 10, 1), TODAY);

    private static SessionDetails details(LocalDate on, String hours) {
        return new SessionDetails(on, new BigDecimal(hours), "Léa Martin", "Modèle économique", null, "Chiffrer");
    }

    @Test
    void a_session_is_held_within_its_assignment_and_never_in_the_future() {
        CoachingSession session = CoachingSession.hold(CoachingSessionId.newId(), assignment,
                details(LocalDate.of(2026, 11, 3), "2.5"), TODAY);
        assertThat(session.getMemberId()).isEqualTo(atelier);
        assertThat(session.creditedHours()).isEqualByComparingTo("2.50");
        assertThatThrownBy(() -> CoachingSession.hold(CoachingSessionId.newId(), assignment,
                details(LocalDate.of(2026, 12, 1), "1"), TODAY)).hasMessage("coaching.session.held-on.future");
        assertThatThrownBy(() -> CoachingSession.hold(CoachingSessionId.newId(), assignment,
                details(LocalDate.of(2026, 9, 1), "1"), TODAY))
                .hasMessage("coaching.session.held-on.outside-assignment");
    }

    @Test
    void hours_are_between_a_quarter_and_twelve_with_two_decimals_at_most() {
        assertThatThrownBy(() -> details(TODAY, "0.1")).hasMessage("coaching.session.hours.range")
                .extracting("field").isEqualTo("hours");
        assertThatThrownBy(() -> details(TODAY, "12.5")).hasMessage("coaching.session.hours.range");
        assertThatThrownBy(() -> details(TODAY, "1.255")).hasMessage("coaching.session.hours.precision");
        assertThatThrownBy(() -> new SessionDetails(TODAY, BigDecimal.ONE, "Léa", " ", null, null))
                .hasMessage("coaching.session.topics.required");
    }

    @Test
    void each_correction_and_the_deletion_raise_the_revision_and_a_deleted_session_counts_no_hours() {
        CoachingSession session = CoachingSession.hold(CoachingSessionId.newId(), assignment,
                details(LocalDate.of(2026, 11, 3), "2"), TODAY);
        session.correct(assignment, details(LocalDate.of(2026, 11, 4), "3"), TODAY);
        assertThat(session.getRevision()).isEqualTo(1);
        assertThat(session.creditedHours()).isEqualByComparingTo("3");
        session.delete();
        assertThat(session.getRevision()).isEqualTo(2);
        assertThat(session.creditedHours()).isZero();
        assertThatThrownBy(session::delete).hasMessage("coaching.session.deleted");
    }

    @Test
    void an_assignment_needs_a_coach_with_an_e_mail_and_ends_once() {
        assertThatThrownBy(() -> Assignment.start(AssignmentId.newId(), UUID.randomUUID(), atelier, "L'Atelier",
                "Léa", "pas-une-adresse", TODAY, TODAY)).hasMessage("coaching.assignment.coach-email.invalid");
        assertThatThrownBy(() -> Assignment.start(AssignmentId.newId(), UUID.randomUUID(), atelier, "L'Atelier",
                "Léa", "lea@atelier.example", TODAY.plusDays(1), TODAY)).hasMessage("coaching.assignment.since.range");
        assignment.memberLeft();
        assertThat(assignment.isNeedsReassignment()).isTrue();
        assignment.end(LocalDate.of(2026, 11, 20));
        assertThat(assignment.isCurrent()).isFalse();
        assertThat(assignment.isNeedsReassignment()).isFalse();
        assertThat(assignment.covers(LocalDate.of(2026, 11, 21))).isFalse();
    }
}
