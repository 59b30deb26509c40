package fr.ploucs.awareness.cjs.domain;

import fr.ploucs.sharedkernel.MemberId;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * One of the edition's two facilitators (« animateurs »): a person of an active member structure, who holds the
 * responsibility {@code responsibilityId} (published as {@code ResponsibilityAssigned}) while facilitating the edition.
 */
public record Facilitator(UUID responsibilityId, EditionId editionId, MemberId memberId, String memberName,
                          String personName, String personEmail) {

    /** A CJS is run by two facilitators. */
    public static final int MAX = 2;
    public static final int EMAIL_MAX = 254;

    public Facilitator {
        Objects.requireNonNull(responsibilityId);
        Objects.requireNonNull(editionId);
        if (memberId == null) {
            throw new CjsRuleViolation("facilitators", "awareness.cjs.facilitator.member.required");
        }
        personName = Texts.required(personName, "facilitators", "awareness.cjs.facilitator.name.required",
                Edition.NAME_MAX);
        personEmail = Texts.required(personEmail, "facilitators", "awareness.cjs.facilitator.email.required",
                EMAIL_MAX);
        if (!personEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new CjsRuleViolation("facilitators", "awareness.cjs.facilitator.email.invalid");
        }
    }

    /** The same person of the same member: kept (and their responsibility) when the facilitators are set again. */
    public boolean samePerson(Facilitator other) {
        return memberId.equals(other.memberId)
                && personEmail.toLowerCase(Locale.ROOT).equals(other.personEmail.toLowerCase(Locale.ROOT));
    }
}
