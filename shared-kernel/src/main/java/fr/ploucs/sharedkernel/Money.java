package fr.ploucs.sharedkernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An amount of euros, to the cent. Every amount of money in PLOUCS is one of these: dues, funding asked and granted,
 * financing lines, earmarks, coaching rates and charges, payments.
 *
 * <p>Sign rules: {@link #of} takes any sign (a balance, a difference); {@link #positive} and {@link #positiveOrZero}
 * are the factories for amounts that must be above zero or not below it, and refuse the others with a
 * {@link RuleViolation} whose key is {@code money.rule.positive} or {@code money.rule.positive-or-zero} (a pillar
 * that wants its own message checks {@link #isPositive()} itself). More than two decimals (a fraction of a cent) is
 * refused, never rounded ({@code money.rule.cents}); so is an amount of {@link #MAX_DIGITS} digits or more before the
 * decimal point ({@code money.rule.too-large}), which no column could keep.
 *
 * <p>Printing and reading as people write amounts ({@link #format(Locale)}, {@link #parse(String, Locale)}) are
 * plain Java, so that e-mails and notifications print amounts as the pages do; the web's {@code Formatter} uses them.
 */
public final class Money implements Comparable<Money> {

    /** Digits before the decimal point an amount may have: ten, so that any amount fits a {@code NUMERIC(12, 2)}. */
    public static final int MAX_DIGITS = 10;

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    private static final Currency EURO = Currency.getInstance("EUR");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2007\\u2009']");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[,.]\\d{3})+");

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        BigDecimal cents;
        try {
            cents = amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new RuleViolation(null, "money.rule.cents");
        }
        if (cents.precision() - cents.scale() > MAX_DIGITS) {
            throw new RuleViolation(null, "money.rule.too-large");
        }
        this.amount = cents;
    }

    /** Any amount, of any sign, to the cent; null stays null (an amount not given). */
    public static Money of(BigDecimal amount) {
        return amount == null ? null : new Money(amount);
    }

    /** {@code Money.of("1234.50")}: the plain decimal notation of {@link BigDecimal}, for code and tests. */
    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    /** Whole euros. */
    public static Money euros(long euros) {
        return new Money(BigDecimal.valueOf(euros));
    }

    /** An amount that must be above zero (a payment, a grant, a dues amount). */
    public static Money positive(BigDecimal amount) {
        Money money = amount == null ? null : new Money(amount);
        if (money == null || !money.isPositive()) {
            throw new RuleViolation(null, "money.rule.positive");
        }
        return money;
    }

    /** An amount that must not be below zero (a charge, what is left to pay). */
    public static Money positiveOrZero(BigDecimal amount) {
        Money money = amount == null ? null : new Money(amount);
        if (money == null || money.isNegative()) {
            throw new RuleViolation(null, "money.rule.positive-or-zero");
        }
        return money;
    }

    /** The total of some amounts: zero when there is none. */
    public static Money sum(Stream<Money> amounts) {
        return amounts.reduce(ZERO, Money::plus);
    }

    /** The amount as a number with exactly two decimals (what the database keeps). */
    public BigDecimal amount() {
        return amount;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    /** This amount times a quantity (hours, places), rounded half up to the cent. */
    public Money times(BigDecimal quantity) {
        return new Money(amount.multiply(quantity).setScale(2, RoundingMode.HALF_UP));
    }

    public Money times(long quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)));
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money money && amount.equals(money.amount);
    }

    @Override
    public int hashCode() {
        return amount.hashCode();
    }

    /** The plain decimal notation, {@code 1234.50}: for logs and keys, never for people (see {@link #format}). */
    @Override
    public String toString() {
        return amount.toPlainString();
    }

    /**
     * The amount as people read it in that language: {@code 1 234,50 €} in French (ordinary spaces, as the pages have
     * always shown amounts), {@code €1,234.50} in English.
     */
    public String format(Locale locale) {
        Locale shown = locale == null ? Locale.FRENCH : locale;
        NumberFormat format = NumberFormat.getCurrencyInstance(shown);
        format.setCurrency(EURO);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        String text = format.format(amount);
        return text.replace('\u202F', ' ').replace('\u00A0', ' ');
    }

    /** The amount without the currency sign, as a form shows it back to be changed: {@code 1 234,50}, {@code 1,234.50}. */
    public String formatNumber(Locale locale) {
        Locale shown = locale == null ? Locale.FRENCH : locale;
        NumberFormat format = NumberFormat.getNumberInstance(shown);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setGroupingUsed(true);
        return format.format(amount).replace('\u202F', ' ').replace('\u00A0', ' ');
    }

    /**
     * Reads an amount as people type it: {@code 1 234,50}, {@code 1234.5}, {@code 1 234,50 €}, {@code €1,234.50},
     * {@code 1234,5}, with ordinary, no-break or narrow no-break spaces; a sign in front for a negative amount.
     * Both the comma and the point are taken as the decimal mark; when both appear, the last one is. A single
     * separator followed by exactly three digits is the locale's thousands separator when it is one ({@code 1,234} in
     * English), otherwise a decimal mark, and three decimals are refused.
     *
     * @return the amount, or null when the text is empty
     * @throws NotAnAmount when the text is not an amount of euros to the cent
     */
    public static Money parse(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String compact = SPACES.matcher(text).replaceAll("");
        if (compact.endsWith("€")) {
            compact = compact.substring(0, compact.length() - 1);
        } else if (compact.length() > 3 && compact.regionMatches(true, compact.length() - 3, "EUR", 0, 3)) {
            compact = compact.substring(0, compact.length() - 3);
        }
        boolean negative = false;
        if (compact.startsWith("-") || compact.startsWith("\u2212")) {
            negative = true;
            compact = compact.substring(1);
        } else if (compact.startsWith("+")) {
            compact = compact.substring(1);
        }
        if (compact.startsWith("€")) {
            compact = compact.substring(1);
        }
        String plain = plainDecimal(compact, locale == null ? Locale.FRENCH : locale);
        if (plain == null) {
            throw new NotAnAmount(text);
        }
        BigDecimal value = new BigDecimal(plain);
        try {
            return new Money(negative ? value.negate() : value);
        } catch (RuleViolation e) {
            throw new NotAnAmount(text);
        }
    }

    /** The digits with one decimal point at most, or null when the text cannot be an amount. */
    private static String plainDecimal(String text, Locale locale) {
        if (text.isEmpty()) {
            return null;
        }
        int comma = text.lastIndexOf(',');
        int point = text.lastIndexOf('.');
        int last = Math.max(comma, point);
        if (last < 0) {
            return DIGITS.matcher(text).matches() ? text : null;
        }
        char mark = text.charAt(last);
        boolean bothMarks = comma >= 0 && point >= 0;
        boolean singleMark = text.indexOf(mark) == last;
        String integer;
        String decimals;
        if (!bothMarks && !singleMark) {
            // 1,234,567 or 1.234.567: thousands only.
            return GROUPED.matcher(text).matches() ? text.replace(String.valueOf(mark), "") : null;
        }
        if (!bothMarks && text.length() - last - 1 == 3 && mark == groupingOf(locale)) {
            // 1,234 in English: one thousand two hundred and thirty-four.
            return GROUPED.matcher(text).matches() ? text.replace(String.valueOf(mark), "") : null;
        }
        integer = text.substring(0, last);
        decimals = text.substring(last + 1);
        if (bothMarks) {
            char other = mark == ',' ? '.' : ',';
            if (integer.indexOf(mark) >= 0 || !GROUPED.matcher(integer).matches() && !DIGITS.matcher(integer).matches()) {
                return null;
            }
            integer = integer.replace(String.valueOf(other), "");
        }
        if (integer.isEmpty()) {
            integer = "0";
        }
        if (!DIGITS.matcher(integer).matches() || !decimals.matches("\\d{1,2}")) {
            return null;
        }
        return integer + "." + decimals;
    }

    private static char groupingOf(Locale locale) {
        return DecimalFormatSymbols.getInstance(locale).getGroupingSeparator();
    }

    /** Text that is not an amount of euros to the cent. */
    public static final class NotAnAmount extends IllegalArgumentException {

        public NotAnAmount(String text) {
            super("not an amount of euros: " + text);
        }
    }
}
