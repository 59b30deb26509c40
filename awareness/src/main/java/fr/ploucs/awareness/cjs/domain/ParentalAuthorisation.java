package fr.ploucs.awareness.cjs.domain;

import java.time.LocalDate;

/**
 * A parent's or guardian's authorisation for a minor to take part, signed on a day and valid until another; the
 * signed document itself is stored apart ({@link SignedDocument}) and shown only to coordinators.
 */
public record ParentalAuthorisation(String signatory, LocalDate signedOn, LocalDate expiresOn) implements Expiring {

    public ParentalAuthorisation {
        signatory = signatory == null ? "" : signatory.strip();
        if (signatory.isEmpty()) {
            throw new CjsRuleViolation("signatory", "awareness.cjs.authorisation.signatory.required");
        }
        if (signatory.length() > Edition.NAME_MAX) {
            throw new CjsRuleViolation("signatory", "awareness.cjs.text.too-long");
        }
        if (signedOn == null) {
            throw new CjsRuleViolation("signedOn", "awareness.cjs.authorisation.signed-on.required");
        }
        if (expiresOn == null) {
            throw new CjsRuleViolation("expiresOn", "awareness.cjs.expires-on.required");
        }
        if (!expiresOn.isAfter(signedOn)) {
            throw new CjsRuleViolation("expiresOn", "awareness.cjs.expires-on.range");
        }
    }

    /** @throws CjsRuleViolation when signed in the future */
    public static ParentalAuthorisation signed(String signatory, LocalDate signedOn, LocalDate expiresOn,
                                              LocalDate today) {
        if (signedOn != null && signedOn.isAfter(today)) {
            throw new CjsRuleViolation("signedOn", "awareness.cjs.authorisation.signed-on.future");
        }
        if (signedOn != null && signedOn.getYear() < Edition.FIRST_YEAR) {
            throw new CjsRuleViolation("signedOn", "awareness.cjs.authorisation.signed-on.past");
        }
        if (signedOn != null && expiresOn != null && expiresOn.isAfter(signedOn.plusYears(Expiring.LONGEST_YEARS))) {
            throw new CjsRuleViolation("expiresOn", "awareness.cjs.expires-on.too-far", Expiring.LONGEST_YEARS);
        }
        return new ParentalAuthorisation(signatory, signedOn, expiresOn);
    }
}
