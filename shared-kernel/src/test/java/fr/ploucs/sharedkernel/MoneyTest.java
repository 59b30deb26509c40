package fr.ploucs.sharedkernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void keepsCentsAndComparesByValue() {
        assertThat(Money.of("12.5").amount()).isEqualTo(new BigDecimal("12.50"));
        assertThat(Money.of("12.5")).isEqualTo(Money.of("12.50")).isEqualTo(Money.of(new BigDecimal("12.500")));
        assertThat(Money.euros(12)).isLessThan(Money.of("12.01"));
        assertThat(Money.of((BigDecimal) null)).isNull();
    }

    @Test
    void refusesAFractionOfACentRatherThanRounding() {
        assertThatThrownBy(() -> Money.of("12.345")).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("money.rule.cents");
    }

    @Test
    void refusesAmountsNoColumnCouldKeep() {
        assertThat(Money.of("9999999999.99").amount()).isEqualByComparingTo("9999999999.99");
        assertThatThrownBy(() -> Money.of("10000000000")).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("money.rule.too-large");
    }

    @Test
    void signRules() {
        assertThat(Money.positive(new BigDecimal("0.01"))).isEqualTo(Money.of("0.01"));
        assertThatThrownBy(() -> Money.positive(BigDecimal.ZERO)).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("money.rule.positive");
        assertThatThrownBy(() -> Money.positive(null)).isInstanceOf(RuleViolation.class);
        assertThat(Money.positiveOrZero(BigDecimal.ZERO)).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> Money.positiveOrZero(new BigDecimal("-1"))).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("money.rule.positive-or-zero");
        assertThat(Money.of("-3").isNegative()).isTrue();
    }

    @Test
    void arithmetic() {
        assertThat(Money.of("10.10").plus(Money.of("0.90"))).isEqualTo(Money.euros(11));
        assertThat(Money.euros(10).minus(Money.of("12.5"))).isEqualTo(Money.of("-2.50"));
        assertThat(Money.of("45").times(new BigDecimal("3.5"))).isEqualTo(Money.of("157.50"));
        assertThat(Money.of("0.10").times(new BigDecimal("0.333"))).isEqualTo(Money.of("0.03"));
        assertThat(Money.of("7.5").times(3)).isEqualTo(Money.of("22.50"));
        assertThat(Money.sum(Stream.of(Money.euros(1), Money.of("2.25")))).isEqualTo(Money.of("3.25"));
        assertThat(Money.sum(Stream.empty())).isEqualTo(Money.ZERO);
        assertThat(Money.euros(3).max(Money.euros(5))).isEqualTo(Money.euros(5));
        assertThat(Money.euros(3).min(Money.euros(5))).isEqualTo(Money.euros(3));
        assertThat(Money.euros(3).negate()).isEqualTo(Money.euros(-3));
    }

    @Test
    void printsByLanguage() {
        assertThat(Money.of("1234.5").format(Locale.FRENCH)).isEqualTo("1 234,50 €");
        assertThat(Money.of("1234.5").format(Locale.FRANCE)).isEqualTo("1 234,50 €");
        assertThat(Money.of("1234.5").format(Locale.ENGLISH)).isEqualTo("€1,234.50");
        assertThat(Money.of("-70").format(Locale.FRENCH)).isEqualTo("-70,00 €");
        assertThat(Money.of("9999999999.99").format(Locale.FRENCH)).isEqualTo("9 999 999 999,99 €");
        assertThat(Money.of("1500").formatNumber(Locale.FRENCH)).isEqualTo("1 500,00");
        assertThat(Money.of("1500").formatNumber(Locale.ENGLISH)).isEqualTo("1,500.00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 234,50", "1234.5", "1 234,50 €", "1234,5", "1\u00A0234,50", "1\u202F234,50\u00A0€",
            "1234,50€", "€1,234.50", "1.234,50", "1 234.50", " 1234.50 ", "1234.50 EUR"})
    void readsWhatPeopleTypeInFrench(String typed) {
        assertThat(Money.parse(typed, Locale.FRENCH)).isEqualTo(Money.of("1234.50"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,234.50", "1234.5", "€1,234.50", "1 234,50", "1234,5", "€ 1,234.5"})
    void readsWhatPeopleTypeInEnglish(String typed) {
        assertThat(Money.parse(typed, Locale.ENGLISH)).isEqualTo(Money.of("1234.50"));
    }

    @Test
    void thousandsOrDecimalsByLanguage() {
        assertThat(Money.parse("1,234", Locale.ENGLISH)).isEqualTo(Money.euros(1234));
        assertThat(Money.parse("1,234,567", Locale.FRENCH)).isEqualTo(Money.euros(1234567));
        assertThatThrownBy(() -> Money.parse("1,234", Locale.FRENCH)).isInstanceOf(Money.NotAnAmount.class);
        assertThat(Money.parse("120", Locale.FRENCH)).isEqualTo(Money.euros(120));
        assertThat(Money.parse(",5", Locale.FRENCH)).isEqualTo(Money.of("0.50"));
        assertThat(Money.parse("-12,5", Locale.FRENCH)).isEqualTo(Money.of("-12.50"));
        assertThat(Money.parse("  ", Locale.FRENCH)).isNull();
        assertThat(Money.parse(null, Locale.FRENCH)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"douze", "12,345", "1.2.3", "12,3,4", "12 €50", "1,23.45,6", "€", "-", "12e3", "0x10",
            "99999999999", "1 2 3 4 5 6 7 8 9 0 1", "12..5", "NaN", "١٢٣"})
    void refusesWhatIsNotAnAmount(String typed) {
        assertThatThrownBy(() -> Money.parse(typed, Locale.FRENCH)).isInstanceOf(Money.NotAnAmount.class);
    }
}
