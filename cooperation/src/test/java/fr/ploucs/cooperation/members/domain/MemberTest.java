package fr.ploucs.cooperation.members.domain;

import fr.ploucs.cooperation.shared.domain.Siret;

import fr.ploucs.cooperation.members.domain.MembershipChange.Kind;
import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MemberTest {

    private static final LocalDate JOINED_ON = LocalDate.of(2024, 3, 12);
    private static final LocalDate LEFT_ON = LocalDate.of(2025, 9, 1);
    private static final LocalDate REJOINED_ON = LocalDate.of(2026, 1, 15);

    private final MemberId id = MemberId.newId();
    private final Member member = Member.register(id, details("L'Atelier"), JOINED_ON);

    @Test
    void a_registered_member_is_active_with_its_joining_as_only_step_and_no_version_yet() {
        assertThat(member.getId()).isEqualTo(id);
        assertThat(member.getStatus()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(member.getHistory()).containsExactly(new MembershipChange(Kind.JOINED, JOINED_ON, null));
        assertThat(member.joinedOn()).isEqualTo(JOINED_ON);
        assertThat(member.lastChange().kind()).isEqualTo(Kind.JOINED);
        assertThat(member.getVersion()).isNull();
        assertThat(member.getDetails()).isEqualTo(details("L'Atelier"));
    }

    @Test
    void leaving_records_the_date_and_the_reason_without_its_surrounding_spaces() {
        member.leave(LEFT_ON, "  fin d'activité ");

        assertThat(member.getStatus()).isEqualTo(MembershipStatus.LEFT);
        assertThat(member.lastChange()).isEqualTo(new MembershipChange(Kind.LEFT, LEFT_ON, "fin d'activité"));
    }

    @Test
    void leaving_needs_a_reason() {
        assertThatExceptionOfType(MembershipRuleViolation.class).isThrownBy(() -> member.leave(LEFT_ON, null))
                .satisfies(e -> assertThat(e.reason()).isEqualTo("member.rule.reason-required"));
        assertThatExceptionOfType(MembershipRuleViolation.class).isThrownBy(() -> member.leave(LEFT_ON, "   "))
                .satisfies(e -> assertThat(e.reason()).isEqualTo("member.rule.reason-required"));

        assertThat(member.getStatus()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(member.getHistory()).hasSize(1);
    }

    @Test
    void a_member_that_left_cannot_leave_again() {
        member.leave(LEFT_ON, "fin d'activité");

        assertThatExceptionOfType(MembershipRuleViolation.class)
                .isThrownBy(() -> member.leave(LEFT_ON.plusDays(1), "encore"))
                .satisfies(e -> assertThat(e.reason()).isEqualTo("member.rule.already-left"));
        assertThat(member.getHistory()).hasSize(2);
    }

    @Test
    void a_departure_cannot_be_dated_before_the_last_step() {
        assertThatExceptionOfType(MembershipRuleViolation.class)
                .isThrownBy(() -> member.leave(JOINED_ON.minusDays(1), "erreur"))
                .satisfies(e -> assertThat(e.reason()).isEqualTo("member.rule.date-before-last-change"));
        assertThat(member.getStatus()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(member.getHistory()).hasSize(1);
    }

    @Test
    void a_departure_on_the_joining_day_is_allowed() {
        member.leave(JOINED_ON, "adhésion par erreur");

        assertThat(member.getStatus()).isEqualTo(MembershipStatus.LEFT);
    }

    @Test
    void only_a_member_that_left_can_rejoin() {
        assertThatExceptionOfType(MembershipRuleViolation.class)
                .isThrownBy(() -> member.rejoin(REJOINED_ON, null))
                .satisfies(e -> assertThat(e.reason()).isEqualTo("member.rule.not-left"));
        assertThat(member.getHistory()).hasSize(1);
    }

    @Test
    void a_return_cannot_be_dated_before_the_departure() {
        member.leave(LEFT_ON, "fin d'activité");

        assertThatExceptionOfType(MembershipRuleViolation.class)
                .isThrownBy(() -> member.rejoin(LEFT_ON.minusDays(1), null))
                .satisfies(e -> assertThat(e.reason()).isEqualTo("member.rule.date-before-last-change"));
        assertThat(member.getStatus()).isEqualTo(MembershipStatus.LEFT);
    }

    @Test
    void the_history_keeps_every_step_in_order_and_a_blank_return_comment_is_no_comment() {
        member.leave(LEFT_ON, "fin d'activité");
        member.rejoin(REJOINED_ON, "  ");
        member.leave(REJOINED_ON.plusMonths(2), "déménagement");
        member.rejoin(REJOINED_ON.plusMonths(3), " nouveau projet ");

        assertThat(member.getStatus()).isEqualTo(MembershipStatus.RETURNED);
        assertThat(member.getHistory()).containsExactly(
                new MembershipChange(Kind.JOINED, JOINED_ON, null),
                new MembershipChange(Kind.LEFT, LEFT_ON, "fin d'activité"),
                new MembershipChange(Kind.REJOINED, REJOINED_ON, null),
                new MembershipChange(Kind.LEFT, REJOINED_ON.plusMonths(2), "déménagement"),
                new MembershipChange(Kind.REJOINED, REJOINED_ON.plusMonths(3), "nouveau projet"));
        assertThat(member.joinedOn()).isEqualTo(JOINED_ON);
    }

    @Test
    void the_history_handed_out_cannot_change_the_member() {
        List<MembershipChange> history = member.getHistory();

        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> history.add(new MembershipChange(Kind.LEFT, LEFT_ON, "par la bande")));
        assertThat(member.getStatus()).isEqualTo(MembershipStatus.ACTIVE);
    }

    @Test
    void a_stored_member_has_changed_since_any_version_but_its_own() {
        Member stored = new Member(id, details("L'Atelier"), MembershipStatus.ACTIVE, member.getHistory(), 3L);

        assertThat(stored.changedSince(3L)).isFalse();
        assertThat(stored.changedSince(2L)).isTrue();
        assertThat(stored.changedSince(4L)).isTrue();
        assertThat(stored.changedSince(null)).isTrue();
        assertThat(member.changedSince(null)).isFalse();
        assertThat(member.changedSince(0L)).isTrue();
    }

    @Test
    void updating_the_details_keeps_the_membership() {
        member.updateDetails(details("L'Atelier coopératif"));

        assertThat(member.getDetails().name()).isEqualTo("L'Atelier coopératif");
        assertThat(member.getStatus()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(member.getHistory()).hasSize(1);
    }

    @Test
    void a_member_needs_a_name() {
        assertThatIllegalArgumentException().isThrownBy(() -> details("  "));
    }

    @Test
    void a_candidate_is_not_a_member_until_admitted() {
        Member candidate = Member.registerCandidate(MemberId.newId(), details("La Candidate"), JOINED_ON);
        assertThat(candidate.getStatus()).isEqualTo(MembershipStatus.CANDIDATE);
        assertThat(candidate.isCurrentMember()).isFalse();
        assertThat(candidate.joinedOn()).isNull();
        assertThatExceptionOfType(MembershipRuleViolation.class).isThrownBy(() -> candidate.rejoin(LEFT_ON, null));

        candidate.admit(JOINED_ON.plusMonths(1), "  Conseil d'administration  ");

        assertThat(candidate.getStatus()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(candidate.joinedOn()).isEqualTo(JOINED_ON.plusMonths(1));
        assertThat(candidate.getHistory()).containsExactly(
                new MembershipChange(Kind.APPLIED, JOINED_ON, null),
                new MembershipChange(Kind.JOINED, JOINED_ON.plusMonths(1), "Conseil d'administration"));
        assertThatExceptionOfType(MembershipRuleViolation.class)
                .isThrownBy(() -> candidate.admit(LEFT_ON, null))
                .satisfies(e -> assertThat(e.reason()).isEqualTo("member.rule.not-candidate"));
    }

    @Test
    void a_member_who_came_back_is_returned_and_still_a_member() {
        member.leave(LEFT_ON, "pause");
        assertThat(member.isCurrentMember()).isFalse();
        member.rejoin(REJOINED_ON, null);
        assertThat(member.getStatus()).isEqualTo(MembershipStatus.RETURNED);
        assertThat(member.isCurrentMember()).isTrue();
        assertThat(member.joinedOn()).isEqualTo(JOINED_ON);
    }

    private static MemberDetails details(String name) {
        return new MemberDetails(name, LegalForm.SCIC, new Siret("73282932000074"), "Morcenx-la-Nouvelle",
                new Representative("Camille Dupin", "camille@atelier.fr", "05 58 00 00 00"));
    }
}
