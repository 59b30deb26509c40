package fr.ploucs.awareness.cjs.domain;

import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The edition's parts: territory, facilitators, committee, clients, meetings, decisions, surplus, paper dates. */
class CjsEditionPartsTest {

    private static final LocalDate START = LocalDate.of(2026, 7, 6);
    private final Edition edition = new Edition(EditionId.newId(), "CJS", "40197", START, START.plusWeeks(7));
    private final CooperantId lina = CooperantId.newId();
    private final CooperantId noe = CooperantId.newId();

    @Test
    void an_edition_lies_on_a_commune_or_an_epci_between_2000_and_2100() {
        assertThat(new Edition(EditionId.newId(), "CJS", null, "244000675", START, START.plusDays(40)).epciCode())
                .isEqualTo("244000675");
        assertThatThrownBy(() -> new Edition(EditionId.newId(), "CJS", " ", null, START, START.plusDays(4)))
                .hasMessage("awareness.cjs.edition.commune.required");
        assertThatThrownBy(() -> new Edition(EditionId.newId(), "CJS", "40197", LocalDate.of(9999, 7, 1),
                LocalDate.of(9999, 8, 1))).hasMessage("awareness.cjs.edition.starts-on.range");
    }

    @Test
    void a_facilitator_is_a_named_person_with_an_email_and_the_same_person_whatever_the_case() {
        MemberId member = MemberId.newId();
        Facilitator anne = new Facilitator(UUID.randomUUID(), edition.id(), member, "L’Atelier", "Anne", "anne@a.fr");
        assertThat(anne.samePerson(new Facilitator(UUID.randomUUID(), edition.id(), member, null, "Anne M.",
                "ANNE@a.fr"))).isTrue();
        assertThatThrownBy(() -> new Facilitator(UUID.randomUUID(), edition.id(), member, null, "Anne", "anne"))
                .hasMessage("awareness.cjs.facilitator.email.invalid");
        assertThatThrownBy(() -> new Facilitator(UUID.randomUUID(), edition.id(), null, null, "Anne", "a@a.fr"))
                .hasMessage("awareness.cjs.facilitator.member.required");
    }

    @Test
    void texts_are_required_and_bounded() {
        assertThatThrownBy(() -> new Client(UUID.randomUUID(), edition.id(), " ", null))
                .hasMessage("awareness.cjs.client.name.required");
        assertThatThrownBy(() -> new CommitteeMember(UUID.randomUUID(), edition.id(), "x".repeat(201), null, null))
                .hasMessage("awareness.cjs.text.too-long");
        assertThat(new CommitteeMember(UUID.randomUUID(), edition.id(), " Maire ", " ", null).organisation()).isNull();
        assertThatThrownBy(() -> new Decision(UUID.randomUUID(), UUID.randomUUID(), "x".repeat(2001)))
                .hasMessage("awareness.cjs.text.too-long");
    }

    @Test
    void a_meeting_is_held_in_the_editions_year() {
        assertThat(Meeting.held(UUID.randomUUID(), edition, START.minusMonths(3), "Lancement").subject())
                .isEqualTo("Lancement");
        assertThatThrownBy(() -> Meeting.held(UUID.randomUUID(), edition, LocalDate.of(2027, 1, 5), "Bilan"))
                .hasMessage("awareness.cjs.meeting.held-on.range");
    }

    @Test
    void the_shares_never_exceed_the_surplus_which_never_exceeds_the_revenue() {
        SurplusShareOut shareOut = SurplusShareOut.of(edition.id(), Money.euros(300), List.of(
                new SurplusShareOut.Share(lina, Money.euros(150)), new SurplusShareOut.Share(noe, Money.euros(150))),
                Money.euros(1000));
        assertThat(shareOut.shared()).isEqualTo(Money.euros(300));
        assertThat(shareOut.unshared()).isEqualTo(Money.ZERO);

        assertThatThrownBy(() -> SurplusShareOut.of(edition.id(), Money.euros(300), List.of(
                new SurplusShareOut.Share(lina, Money.euros(150)), new SurplusShareOut.Share(noe, Money.of("150.01"))),
                Money.euros(1000))).hasMessage("awareness.cjs.surplus.shares.exceed");
        assertThatThrownBy(() -> SurplusShareOut.of(edition.id(), Money.of("1000.01"), List.of(), Money.euros(1000)))
                .hasMessage("awareness.cjs.surplus.above-revenue");
        assertThatThrownBy(() -> new SurplusShareOut.Share(lina, Money.euros(-1)))
                .hasMessage("awareness.cjs.surplus.share.negative");
        assertThatThrownBy(() -> SurplusShareOut.of(edition.id(), Money.euros(-1), List.of(), Money.euros(10)))
                .hasMessage("awareness.cjs.surplus.negative");
    }

    @Test
    void papers_are_dated_from_2000_and_valid_a_few_years_at_most() {
        LocalDate today = LocalDate.of(2026, 7, 10);
        assertThatThrownBy(() -> ParentalAuthorisation.signed("Nadia", today, LocalDate.of(99999, 1, 1), today))
                .hasMessage("awareness.cjs.expires-on.too-far");
        assertThatThrownBy(() -> ParentalAuthorisation.signed("Nadia", LocalDate.of(1, 1, 1), today, today))
                .hasMessage("awareness.cjs.authorisation.signed-on.past");
        assertThatThrownBy(() -> ImageRights.chosen(true, today.plusDays(1), today.plusDays(9), today))
                .hasMessage("awareness.cjs.image-rights.chosen-on.future");
        assertThat(ImageRights.chosen(true, today, today.plusYears(3), today).allowed()).isTrue();
    }

    @Test
    void a_birth_date_after_the_start_is_refused_without_a_negative_age() {
        assertThatThrownBy(() -> Cooperant.enrol(CooperantId.newId(), edition, "A", "B", LocalDate.of(9999, 1, 1)))
                .hasMessage("awareness.cjs.cooperant.birth-date.range");
        assertThatThrownBy(() -> Cooperant.enrol(CooperantId.newId(), edition, "A", "B", LocalDate.of(1, 1, 1)))
                .hasMessage("awareness.cjs.cooperant.too-old");
    }
}
