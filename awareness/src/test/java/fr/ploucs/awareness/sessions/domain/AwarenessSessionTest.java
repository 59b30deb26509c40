package fr.ploucs.awareness.sessions.domain;

import fr.ploucs.awareness.sessions.domain.AwarenessSession.Evaluation;
import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AwarenessSessionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private final MemberId atelier = MemberId.newId();
    private final MemberId ressourcerie = MemberId.newId();

    @Test
    void a_request_needs_a_title_an_audience_a_plausible_date_and_participants_in_range() {
        assertRefused(() -> request("  ", TODAY.plusDays(10), Set.of(AudienceType.YOUTH), 30), "title",
                "awareness.session.title.required");
        assertRefused(() -> request("ESS", TODAY.plusDays(10), Set.of(), 30), "audiences",
                "awareness.session.audiences.required");
        assertRefused(() -> request("ESS", LocalDate.of(1999, 12, 31), Set.of(AudienceType.YOUTH), 30), "date",
                "awareness.session.date.range");
        assertRefused(() -> request("ESS", TODAY.plusYears(3).plusDays(1), Set.of(AudienceType.YOUTH), 30), "date",
                "awareness.session.date.range");
        assertRefused(() -> request("ESS", TODAY, Set.of(AudienceType.YOUTH), -1), "expectedParticipants",
                "awareness.session.participants.range");
        assertRefused(() -> request("ESS", TODAY, Set.of(AudienceType.YOUTH), 10_001), "expectedParticipants",
                "awareness.session.participants.range");

        AwarenessSession session = request(" L’ESS au lycée ", TODAY.plusYears(3),
                Set.of(AudienceType.YOUTH, AudienceType.TEACHERS), 10_000);
        assertThat(session.getTitle()).isEqualTo("L’ESS au lycée");
        assertThat(session.getStatus()).isEqualTo(SessionStatus.REQUESTED);
        assertThat(session.getAudiences()).containsExactlyInAnyOrder(AudienceType.YOUTH, AudienceType.TEACHERS);
    }

    @Test
    void a_session_goes_requested_scheduled_delivered_evaluated() {
        AwarenessSession session = request("L’ESS au lycée", TODAY.plusDays(5), Set.of(AudienceType.YOUTH), 30);
        session.schedule(TODAY.plusDays(7), List.of(facilitation(atelier, "Camille", "2.5"),
                facilitation(atelier, "Sacha", "1.5"), facilitation(ressourcerie, "Lou", "3")), TODAY);
        assertThat(session.getStatus()).isEqualTo(SessionStatus.SCHEDULED);
        assertThat(session.getDate()).isEqualTo(TODAY.plusDays(7));
        assertThat(session.hoursPerMember()).isEqualTo(Map.of(atelier, new BigDecimal("4.00"),
                ressourcerie, new BigDecimal("3.00")));

        assertRefused(() -> session.deliver(28, null, TODAY.plusDays(6)), "date", "awareness.session.delivered.future");
        assertRefused(() -> session.evaluate(new Evaluation("Bien", null)), null, "awareness.session.not-delivered");
        session.deliver(28, " Jeu de rôle de l’ESS ", TODAY.plusDays(7));
        assertThat(session.getStatus()).isEqualTo(SessionStatus.DELIVERED);
        assertThat(session.getActualParticipants()).isEqualTo(28);
        assertThat(session.getToolUsed()).isEqualTo("Jeu de rôle de l’ESS");

        assertRefused(() -> session.cancel("trop tard"), null, "awareness.session.not-upcoming");
        session.evaluate(new Evaluation("Très concret", "Prévoir plus de temps"));
        assertThat(session.getStatus()).isEqualTo(SessionStatus.EVALUATED);
        assertThat(session.getEvaluation().facilitatorNotes()).isEqualTo("Prévoir plus de temps");
    }

    @Test
    void delivery_counts_participants_within_range_and_only_once_scheduled() {
        AwarenessSession session = request("ESS", TODAY, Set.of(AudienceType.ADULTS), 10);
        assertRefused(() -> session.deliver(10, null, TODAY), null, "awareness.session.not-scheduled");
        session.schedule(TODAY, List.of(facilitation(atelier, "Camille", "2")), TODAY);
        assertRefused(() -> session.deliver(10_001, null, TODAY), "actualParticipants",
                "awareness.session.participants.range");
        session.deliver(0, null, TODAY);
        assertThat(session.getActualParticipants()).isZero();
    }

    @Test
    void scheduling_needs_a_facilitator_a_date_from_today_and_no_person_twice() {
        AwarenessSession session = request("ESS", TODAY.plusDays(5), Set.of(AudienceType.ELECTED_OFFICIALS), 12);
        assertRefused(() -> session.schedule(TODAY.plusDays(5), List.of(), TODAY), "facilitations",
                "awareness.session.facilitations.required");
        assertRefused(() -> session.schedule(TODAY.minusDays(1), List.of(facilitation(atelier, "Camille", "2")),
                TODAY), "date", "awareness.session.date.past");
        assertRefused(() -> session.schedule(TODAY.plusDays(5), List.of(facilitation(atelier, "Camille", "2"),
                facilitation(atelier, "Camille", "3")), TODAY), "facilitations",
                "awareness.session.facilitations.twice");
    }

    @Test
    void rescheduling_keeps_the_responsibility_of_a_person_still_facilitating() {
        AwarenessSession session = request("ESS", TODAY.plusDays(5), Set.of(AudienceType.YOUTH), 12);
        Facilitation camille = facilitation(atelier, "Camille", "2");
        session.schedule(TODAY.plusDays(5), List.of(camille), TODAY);

        session.schedule(TODAY.plusDays(6), List.of(facilitation(atelier, "Camille", "3"),
                facilitation(ressourcerie, "Lou", "2")), TODAY);

        assertThat(session.getFacilitations().get(0).responsibilityId()).isEqualTo(camille.responsibilityId());
        assertThat(session.getFacilitations().get(0).hours()).isEqualByComparingTo("3");
    }

    @Test
    void a_cancellation_needs_a_reason_and_an_upcoming_session() {
        AwarenessSession session = request("ESS", TODAY.plusDays(5), Set.of(AudienceType.TECHNICIANS), 12);
        assertRefused(() -> session.cancel(" "), "reason", "awareness.session.cancel.reason.required");
        session.cancel("Grève des transports");
        assertThat(session.getStatus()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(session.getCancellationReason()).isEqualTo("Grève des transports");
        assertRefused(() -> session.schedule(TODAY.plusDays(5), List.of(facilitation(atelier, "Camille", "2")),
                TODAY), null, "awareness.session.not-upcoming");
    }

    @Test
    void a_member_leaving_flags_only_the_scheduled_sessions_it_facilitates_once() {
        AwarenessSession session = request("ESS", TODAY.plusDays(5), Set.of(AudienceType.YOUTH), 12);
        assertThat(session.memberLeft(atelier)).isFalse();
        session.schedule(TODAY.plusDays(5), List.of(facilitation(atelier, "Camille", "2")), TODAY);

        assertThat(session.memberLeft(ressourcerie)).isFalse();
        assertThat(session.memberLeft(atelier)).isTrue();
        assertThat(session.isNeedsFacilitator()).isTrue();
        assertThat(session.memberLeft(atelier)).isFalse();

        session.schedule(TODAY.plusDays(5), List.of(facilitation(ressourcerie, "Lou", "2")), TODAY);
        assertThat(session.isNeedsFacilitator()).isFalse();
    }

    @Test
    void an_evaluation_says_something_and_a_facilitation_has_hours_in_range() {
        assertRefused(() -> new Evaluation(" ", null), "participantsFeedback", "awareness.session.evaluation.required");
        assertRefused(() -> facilitation(atelier, "Camille", "0.2"), "hours",
                "awareness.session.facilitation.hours.range");
        assertRefused(() -> facilitation(atelier, "Camille", "40.01"), "hours",
                "awareness.session.facilitation.hours.range");
        assertRefused(() -> facilitation(atelier, "Camille", "1.255"), "hours",
                "awareness.session.facilitation.hours.precision");
        assertRefused(() -> new Facilitation(UUID.randomUUID(), atelier, "L’Atelier", "Camille", "camille", BigDecimal.ONE),
                "personEmail", "awareness.session.facilitation.email.invalid");
    }

    private AwarenessSession request(String title, LocalDate date, Set<AudienceType> audiences, int expected) {
        return AwarenessSession.request(SessionId.newId(), RequesterId.newId(), title, date, "40197", audiences,
                expected, TODAY);
    }

    private Facilitation facilitation(MemberId member, String person, String hours) {
        return new Facilitation(UUID.randomUUID(), member, "Structure " + member, person,
                person.toLowerCase() + "@exemple.fr", new BigDecimal(hours));
    }

    private static void assertRefused(Runnable change, String field, String key) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(SessionRuleViolation.class, violation -> {
            assertThat(violation.messageKey()).isEqualTo(key);
            assertThat(violation.field().orElse(null)).isEqualTo(field);
        });
    }
}
