package fr.ploucs.cooperation.shared.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class SiretTest {

    @ParameterizedTest
    @ValueSource(strings = {"73282932000074", "35600000000048", "44306184100047"})
    void numbers_passing_the_luhn_check_are_valid(String number) {
        assertThat(Siret.isValid(number)).isTrue();
        assertThat(new Siret(number).value()).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"35600000000001", "35600000012346"})
    void la_poste_establishments_are_valid_when_their_digits_add_up_to_a_multiple_of_five(String number) {
        assertThat(Siret.isValid(number)).isTrue();
    }

    @Test
    void a_la_poste_establishment_whose_digits_do_not_add_up_to_a_multiple_of_five_is_refused_even_if_luhn_passes() {
        // 3+5+6+3 = 17, although the Luhn sum is 20.
        assertThat(Siret.isValid("35600000000030")).isFalse();
    }

    @Test
    void la_poste_head_office_is_checked_with_luhn_like_any_other_number() {
        // Its digits add up to 26, not a multiple of 5: only the Luhn check accepts it.
        assertThat(Siret.isValid("35600000000048")).isTrue();
        assertThat(Siret.isValid("35600000000049")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"73282932000075", "73282932000070", "12345678901234", "7328293200007", "732829320000740",
            "7328293200007A", "ABCDEFGHIJKLMN", "", "732 829 320 00074"})
    void anything_else_is_refused(String candidate) {
        assertThat(Siret.isValid(candidate)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new Siret(candidate));
    }

    @Test
    void null_is_neither_valid_nor_a_siret() {
        assertThat(Siret.isValid(null)).isFalse();
        assertThatNullPointerException().isThrownBy(() -> new Siret(null));
    }

    @Test
    void parse_accepts_the_number_as_people_type_it_with_spaces() {
        assertThat(Siret.parse("732 829 320 00074")).isEqualTo(new Siret("73282932000074"));
        assertThat(Siret.parse(" 732829320\t00074 ")).isEqualTo(new Siret("73282932000074"));
    }

    @Test
    void parse_still_refuses_an_invalid_number() {
        assertThatIllegalArgumentException().isThrownBy(() -> Siret.parse("732 829 320 00075"));
        assertThatIllegalArgumentException().isThrownBy(() -> Siret.parse("732 829 320 0007"));
    }

    @Test
    void is_formatted_as_on_official_documents() {
        assertThat(new Siret("73282932000074").formatted()).isEqualTo("732 829 320 00074");
        assertThat(new Siret("73282932000074")).hasToString("73282932000074");
    }
}
