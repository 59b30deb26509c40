package fr.ploucs.awareness.sessions.domain;

import fr.ploucs.sharedkernel.MemberId;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.UUID;

/**
 * A person of a facilitating member structure and the hours they give to the session (preparation included). While
 * the session is upcoming the person holds a responsibility ({@code responsibilityId}) published to cooperation.
 */
public record Facilitation(UUID responsibilityId, MemberId memberId, String memberName, String personName,
                           String personEmail, BigDecimal hours) {

    public static final BigDecimal MIN_HOURS = new BigDecimal("0.25");
    public static final BigDecimal MAX_HOURS = new BigDecimal("40");
    public static final int TEXT_MAX = 200;

    public Facilitation {
        Objects.requireNonNull(responsibilityId);
        Objects.requireNonNull(memberId);
        Objects.requireNonNull(memberName);
        personName = required(personName, "personName");
        personEmail = required(personEmail, "personEmail");
        if (!personEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new SessionRuleViolation("personEmail", "awareness.session.facilitation.email.invalid");
        }
        if (hours == null) {
            throw new SessionRuleViolation("hours", "awareness.session.facilitation.hours.required");
        }
        if (hours.compareTo(MIN_HOURS) < 0 || hours.compareTo(MAX_HOURS) > 0) {
            throw new SessionRuleViolation("hours", "awareness.session.facilitation.hours.range");
        }
        if (hours.stripTrailingZeros().scale() > 2) {
            throw new SessionRuleViolation("hours", "awareness.session.facilitation.hours.precision");
        }
        hours = hours.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The same person of the same member, whatever their hours: they keep their responsibility. */
    public boolean samePerson(Facilitation other) {
        return memberId.equals(other.memberId) && personEmail.equalsIgnoreCase(other.personEmail);
    }

    public Facilitation withResponsibility(UUID id) {
        return new Facilitation(id, memberId, memberName, personName, personEmail, hours);
    }

    private static String required(String text, String field) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new SessionRuleViolation(field, "awareness.session.facilitation." + field + ".required");
        }
        if (trimmed.length() > TEXT_MAX) {
            throw new SessionRuleViolation(field, "awareness.session.text.too-long");
        }
        return trimmed;
    }
}
