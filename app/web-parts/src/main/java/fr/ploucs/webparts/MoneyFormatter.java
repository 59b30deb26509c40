package fr.ploucs.webparts;

import fr.ploucs.sharedkernel.Money;
import org.springframework.format.Formatter;

import java.text.ParseException;
import java.util.Locale;

/**
 * Amounts in every form and page of every pillar: a form field of type {@link Money} takes what people type
 * ({@code 1 234,50}, {@code 1234.5}, {@code 1 234,50 €}, {@code €1,234.50}, any kind of space) and {@code ${{amount}}}
 * shows it by language ({@code 1 234,50 €}, {@code €1,234.50}). What is not an amount, or a negative amount (no form
 * takes one), is a {@code typeMismatch} on the field: the message {@code typeMismatch.fr.ploucs.sharedkernel.Money}
 * says so next to it, never a 500. Registered for every pillar by {@link WebPartsConfiguration}.
 */
public class MoneyFormatter implements Formatter<Money> {

    @Override
    public Money parse(String text, Locale locale) throws ParseException {
        Money money;
        try {
            money = Money.parse(text, locale);
        } catch (IllegalArgumentException e) {
            throw new ParseException(text, 0);
        }
        if (money != null && money.isNegative()) {
            throw new ParseException(text, 0);
        }
        return money;
    }

    @Override
    public String print(Money money, Locale locale) {
        return money.format(locale);
    }
}
