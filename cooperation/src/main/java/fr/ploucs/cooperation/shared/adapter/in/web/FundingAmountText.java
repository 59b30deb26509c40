package fr.ploucs.cooperation.shared.adapter.in.web;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Amounts of euros (and hours) between what people type and the numbers the domain takes. */
public final class FundingAmountText {

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,10}([.,]\\d{1,2})?");

    private FundingAmountText() {
    }

    /** The amount typed (« 1 500,50 », « 45.5 », « 1 500 € »), or null when it is empty or not an amount. */
    public static BigDecimal parse(String typed) {
        if (typed == null) {
            return null;
        }
        String compact = typed.replaceAll("[\\s\\u00A0\\u202F]", "").replace("€", "");
        if (!AMOUNT.matcher(compact).matches()) {
            return null;
        }
        return new BigDecimal(compact.replace(',', '.'));
    }

    /** An amount as a form shows it back: « 1500,00 ». */
    public static String text(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString().replace('.', ',');
    }
}
