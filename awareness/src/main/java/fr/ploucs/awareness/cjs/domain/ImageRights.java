package fr.ploucs.awareness.cjs.domain;

import java.time.LocalDate;

/** The image-rights choice made for the cooperant (photos and films allowed or not), valid until a day. */
public record ImageRights(boolean allowed, LocalDate chosenOn, LocalDate expiresOn) implements Expiring {

    public ImageRights {
        if (chosenOn == null) {
            throw new CjsRuleViolation("chosenOn", "awareness.cjs.image-rights.chosen-on.required");
        }
        if (expiresOn == null) {
            throw new CjsRuleViolation("expiresOn", "awareness.cjs.expires-on.required");
        }
        if (!expiresOn.isAfter(chosenOn)) {
            throw new CjsRuleViolation("expiresOn", "awareness.cjs.expires-on.range");
        }
    }

    /** @throws CjsRuleViolation when chosen in the future, before 2000, or valid for more than a few years */
    public static ImageRights chosen(boolean allowed, LocalDate chosenOn, LocalDate expiresOn, LocalDate today) {
        if (chosenOn != null && chosenOn.isAfter(today)) {
            throw new CjsRuleViolation("chosenOn", "awareness.cjs.image-rights.chosen-on.future");
        }
        if (chosenOn != null && chosenOn.getYear() < Edition.FIRST_YEAR) {
            throw new CjsRuleViolation("chosenOn", "awareness.cjs.image-rights.chosen-on.past");
        }
        if (chosenOn != null && expiresOn != null && expiresOn.isAfter(chosenOn.plusYears(Expiring.LONGEST_YEARS))) {
            throw new CjsRuleViolation("expiresOn", "awareness.cjs.expires-on.too-far", Expiring.LONGEST_YEARS);
        }
        return new ImageRights(allowed, chosenOn, expiresOn);
    }
}
