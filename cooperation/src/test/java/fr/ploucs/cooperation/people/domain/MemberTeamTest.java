package fr.ploucs.cooperation.people.domain;



import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MemberTeamTest {

    private static final LocalDate JOINED = LocalDate.of(2022, 9, 1);
    private final MemberTeam team = MemberTeam.empty(MemberId.newId());

    @Test
    void each_term_starts_where_the_previous_one_ended() {
        team.recordFormerRepresentative("Ana", "ana@x.org", null, JOINED,
                LocalDate.of(2024, 1, 31), " départ à la retraite ");
        team.recordFormerRepresentative("Lou", "lou@x.org", "05 58 00 00 00", JOINED,
                LocalDate.of(2025, 6, 30), "");

        assertThat(team.getFormerRepresentatives()).containsExactly(
                new RepresentativeTerm("Ana", "ana@x.org", null, JOINED, LocalDate.of(2024, 1, 31),
                        "départ à la retraite"),
                new RepresentativeTerm("Lou", "lou@x.org", "05 58 00 00 00", LocalDate.of(2024, 1, 31),
                        LocalDate.of(2025, 6, 30), null));
    }

    @Test
    void a_change_cannot_be_dated_before_the_current_term_began() {
        team.recordFormerRepresentative("Ana", "ana@x.org", null, JOINED,
                LocalDate.of(2024, 1, 31), null);

        assertThatExceptionOfType(PeopleRuleViolation.class)
                .isThrownBy(() -> team.recordFormerRepresentative("Lou", "lou@x.org", null,
                        JOINED, LocalDate.of(2023, 12, 1), null))
                .satisfies(e -> assertThat(e.reason()).isEqualTo("representative.rule.date-before-term"));
        assertThat(team.getFormerRepresentatives()).hasSize(1);
    }

    @Test
    void contacts_are_added_tidied_and_removed() {
        ContactPerson kept = team.addContact(" Sam ", ContactRole.STAFF, " ", "05 58 11 11 11");
        ContactPerson removed = team.addContact("Noa", ContactRole.VOLUNTEER, "noa@x.org", null);

        team.removeContact(removed.id());

        assertThat(team.getContacts()).containsExactly(kept);
        assertThat(kept.name()).isEqualTo("Sam");
        assertThat(kept.email()).isNull();
    }
}
