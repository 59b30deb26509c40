package fr.ploucs.cooperation.members.domain;

/**
 * A change the membership rules refuse. The {@code reason} is a message key, so the screen can say why in the
 * coordinator's language.
 */
public class MembershipRuleViolation extends RuntimeException {

    private final String reason;

    public MembershipRuleViolation(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
