package fr.ploucs.awareness.cjs.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The minors' gate: 16 to 18 inclusive at the edition's start, active only with both papers valid today. */
class CooperantTest {

    private static final LocalDate START = LocalDate.of(2026, 7, 6);
    private final Edition edition = new Edition(EditionId.newId(), "CJS Morcenx 2026", "40197", START,
            LocalDate.of(2026, 8, 21));

    @Test
    void sixteen_years_minus_a_day_at_the_start_is_refused_with_the_age() {
        assertThatThrownBy(() -> enrol(START.minusYears(16).plusDays(1)))
                .isInstanceOfSatisfying(CjsRuleViolation.class, violation -> {
                    assertThat(violation.field()).contains("birthDate");
                    assertThat(violation.messageKey()).isEqualTo("awareness.cjs.cooperant.too-young");
                    assertThat(violation.arguments()).containsExactly(15, 16);
                });
    }

    @Test
    void sixteen_on_the_first_day_is_accepted() {
        assertThat(enrol(START.minusYears(16)).ageOn(START)).isEqualTo(16);
    }

    @Test
    void eighteen_is_accepted() {
        assertThat(enrol(START.minusYears(18)).ageOn(START)).isEqualTo(18);
    }

    @Test
    void nineteen_minus_a_day_is_still_eighteen_and_accepted() {
        assertThat(enrol(START.minusYears(19).plusDays(1)).ageOn(START)).isEqualTo(18);
    }

    @Test
    void nineteen_on_the_first_day_is_refused_with_the_age() {
        assertThatThrownBy(() -> enrol(START.minusYears(19)))
                .isInstanceOfSatisfying(CjsRuleViolation.class, violation -> {
                    assertThat(violation.messageKey()).isEqualTo("awareness.cjs.cooperant.too-old");
                    assertThat(violation.arguments()).containsExactly(19, 18);
                });
    }

    @Test
    void a_fifteen_year_old_is_refused() {
        assertThatThrownBy(() -> enrol(START.minusYears(15).minusMonths(2)))
                .isInstanceOf(CjsRuleViolation.class).hasMessage("awareness.cjs.cooperant.too-young");
    }

    @Test
    void nobody_is_active_without_both_papers_and_an_expiry_makes_them_inactive_again() {
        LocalDate today = START.minusDays(10);
        Cooperant cooperant = enrol(START.minusYears(17));
        assertThat(cooperant.activeOn(today)).isFalse();
        assertThat(cooperant.missing(today)).containsExactly(Missing.PARENTAL_AUTHORISATION, Missing.IMAGE_RIGHTS);

        Cooperant authorised = cooperant.authorised(ParentalAuthorisation.signed("Nadia Benali", today,
                LocalDate.of(2026, 8, 31), today));
        assertThat(authorised.missing(today)).containsExactly(Missing.IMAGE_RIGHTS);

        Cooperant complete = authorised.withImageRights(new ImageRights(false, today, LocalDate.of(2026, 7, 31)));
        assertThat(complete.activeOn(today)).isTrue();
        assertThat(complete.activeOn(LocalDate.of(2026, 7, 31))).isTrue();
        assertThat(complete.missing(LocalDate.of(2026, 8, 1))).containsExactly(Missing.IMAGE_RIGHTS_EXPIRED);
        assertThat(complete.missing(LocalDate.of(2026, 9, 1)))
                .containsExactly(Missing.PARENTAL_AUTHORISATION_EXPIRED, Missing.IMAGE_RIGHTS_EXPIRED);
    }

    @Test
    void an_authorisation_is_signed_by_someone_not_in_the_future_and_expires_after_its_signature() {
        LocalDate today = START;
        assertThatThrownBy(() -> ParentalAuthorisation.signed(" ", today, today.plusDays(30), today))
                .hasMessage("awareness.cjs.authorisation.signatory.required");
        assertThatThrownBy(() -> ParentalAuthorisation.signed("Nadia", today.plusDays(1), today.plusDays(30), today))
                .hasMessage("awareness.cjs.authorisation.signed-on.future");
        assertThatThrownBy(() -> ParentalAuthorisation.signed("Nadia", today, today, today))
                .hasMessage("awareness.cjs.expires-on.range");
    }

    private Cooperant enrol(LocalDate birthDate) {
        return Cooperant.enrol(CooperantId.newId(), edition, "Lina", "Benali", birthDate);
    }
}
