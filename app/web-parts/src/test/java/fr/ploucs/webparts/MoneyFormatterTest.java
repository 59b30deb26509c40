package fr.ploucs.webparts;

import fr.ploucs.sharedkernel.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.format.support.FormattingConversionService;
import org.springframework.validation.DataBinder;

import java.text.ParseException;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyFormatterTest {

    private final MoneyFormatter formatter = new MoneyFormatter();

    @ParameterizedTest
    @ValueSource(strings = {"1 234,50", "1234.5", "1 234,50 €", "1234,5", "1\u00A0234,50", "1\u202F234,50\u00A0€"})
    void readsWhatPeopleTypeInFrench(String typed) throws ParseException {
        assertThat(formatter.parse(typed, Locale.FRENCH)).isEqualTo(Money.of("1234.50"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,234.50", "€1,234.50", "1234.5", "1 234,50"})
    void readsWhatPeopleTypeInEnglish(String typed) throws ParseException {
        assertThat(formatter.parse(typed, Locale.ENGLISH)).isEqualTo(Money.of("1234.50"));
    }

    @Test
    void showsAmountsByLanguage() {
        assertThat(formatter.print(Money.of("1234.5"), Locale.FRENCH)).isEqualTo("1 234,50 €");
        assertThat(formatter.print(Money.of("1234.5"), Locale.ENGLISH)).isEqualTo("€1,234.50");
        assertThat(formatter.print(Money.of("9999999999.99"), Locale.FRENCH)).isEqualTo("9 999 999 999,99 €");
    }

    @Test
    void whatItShowsItReadsBack() throws ParseException {
        for (Locale locale : new Locale[]{Locale.FRENCH, Locale.ENGLISH}) {
            Money amount = Money.of("1234567.89");
            assertThat(formatter.parse(formatter.print(amount, locale), locale)).isEqualTo(amount);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"douze euros", "12,345", "-12", "−5,00", "99999999999", "1e9", "12 €50", "12,3,4"})
    void refusesWhatIsNotAnAmountOrIsNegative(String typed) {
        assertThatThrownBy(() -> formatter.parse(typed, Locale.FRENCH)).isInstanceOf(ParseException.class);
    }

    @Test
    void aFormGetsATypeMismatchOnTheFieldNeverAnException() {
        FormattingConversionService conversions = new FormattingConversionService();
        conversions.addFormatter(formatter);
        Form form = new Form();
        DataBinder binder = new DataBinder(form, "form");
        binder.setConversionService(conversions);
        binder.bind(new MutablePropertyValues().add("amount", "douze"));
        assertThat(binder.getBindingResult().getFieldError("amount").getCodes())
                .contains("typeMismatch.fr.ploucs.sharedkernel.Money");

        binder = new DataBinder(form, "form");
        binder.setConversionService(conversions);
        binder.bind(new MutablePropertyValues().add("amount", "1 500,5"));
        assertThat(binder.getBindingResult().hasErrors()).isFalse();
        assertThat(form.getAmount()).isEqualTo(Money.of("1500.50"));

        binder.bind(new MutablePropertyValues().add("amount", ""));
        assertThat(form.getAmount()).isNull();
    }

    public static class Form {
        private Money amount;

        public Money getAmount() { return amount; }
        public void setAmount(Money amount) { this.amount = amount; }
    }
}
