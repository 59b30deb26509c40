package fr.ploucs.cooperation.dues.domain;

import fr.ploucs.sharedkernel.RuleViolation;

/** A dues setting or payment the rules refuse. The {@code reason} is a message key, so the screen says why. */
public class DuesRuleViolation extends RuleViolation {

    /** The field is read from the key, which names it: {@code dues.payment.amount.positive} concerns {@code amount}. */
    public DuesRuleViolation(String reason) {
        super(fieldOf(reason), reason);
    }

    private static String fieldOf(String reason) {
        for (String field : new String[]{"amount", "paidOn", "means", "reference", "generalAssemblyOn", "memberId"}) {
            if (reason.contains("." + field + ".")) {
                return field;
            }
        }
        if (reason.contains(".reminderDays.")) {
            return "reminderDaysBefore";
        }
        return reason.equals("dues.payment.member-not-active") ? "memberId" : null;
    }

    /** A violation that concerns one field of the change: {@code field} is the property's name. */
    public DuesRuleViolation(String field, String reason, Object... arguments) {
        super(field, reason, arguments);
    }

    public String reason() {
        return messageKey();
    }
}
