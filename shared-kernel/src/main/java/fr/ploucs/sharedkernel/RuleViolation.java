package fr.ploucs.sharedkernel;

import java.util.Arrays;
import java.util.Optional;

/**
 * A change the rules refuse. It says why as a message key (with its arguments), so the screen says it in the user's
 * language, and which field of the change it concerns, so the form shows it next to that field (no field: the
 * change as a whole, shown above the form). The web turns it into the same form back, with what was typed kept:
 * controllers neither catch it nor repeat the rule.
 *
 * <p>Each pillar's own violations ({@code FundingRuleViolation}, {@code DuesRuleViolation}...) extend this one;
 * the field is the name of the command's (and so the form's) property, e.g. {@code "amount"} or {@code "endsOn"}.
 */
public class RuleViolation extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolation(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    /** The property the violation concerns, when it concerns one. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** The message key that says why, e.g. {@code funding.grant.rule.period-order}. */
    public String messageKey() {
        return messageKey;
    }

    /** What the message shows in its {@code {0}}, {@code {1}}... */
    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + (field == null ? "" : field + ": ") + messageKey
                + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)) + "]";
    }
}
