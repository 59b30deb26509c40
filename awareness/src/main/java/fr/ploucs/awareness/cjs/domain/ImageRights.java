package fr.ploucs.awareness.cjs.domain;

import java.time.LocalDate;
import java.util.Objects;

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
}
