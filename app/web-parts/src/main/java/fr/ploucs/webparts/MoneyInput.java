package fr.ploucs.webparts;

import fr.ploucs.sharedkernel.Money;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Parser;
import org.springframework.format.Printer;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Set;

/**
 * On a form's {@link Money} field: the input shows the amount as people type it, without the currency sign
 * ({@code 1 234,50}, {@code 1,234.50}), the euro being in the field's label. It reads what {@link MoneyFormatter}
 * reads. Pages show amounts with the sign ({@code ${{amount}}}: {@code 1 234,50 €}).
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface MoneyInput {

    /** Registered by {@link WebPartsConfiguration}. */
    final class Factory implements AnnotationFormatterFactory<MoneyInput> {

        private final MoneyFormatter formatter = new MoneyFormatter();

        @Override
        public Set<Class<?>> getFieldTypes() {
            return Set.of(Money.class);
        }

        @Override
        public Printer<Money> getPrinter(MoneyInput annotation, Class<?> fieldType) {
            return (Money money, Locale locale) -> money.formatNumber(locale);
        }

        @Override
        public Parser<Money> getParser(MoneyInput annotation, Class<?> fieldType) {
            return formatter;
        }
    }
}
