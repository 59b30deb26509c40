package fr.ploucs.awareness.cjs.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One summer's Coopérative Jeunesse de Services on a territory (a commune's INSEE code, checked by the caller against
 * the territory reference): its name and the days it runs. Cooperants' ages are computed at {@code startsOn}.
 */
public record Edition(EditionId id, String name, String communeCode, LocalDate startsOn, LocalDate endsOn) {

    public static final int NAME_MAX = 200;

    public Edition {
        Objects.requireNonNull(id);
        name = name == null ? "" : name.strip();
        if (name.isEmpty()) {
            throw new CjsRuleViolation("name", "awareness.cjs.edition.name.required");
        }
        if (name.length() > NAME_MAX) {
            throw new CjsRuleViolation("name", "awareness.cjs.text.too-long");
        }
        if (communeCode == null || communeCode.isBlank()) {
            throw new CjsRuleViolation("communeCode", "awareness.cjs.edition.commune.required");
        }
        if (startsOn == null) {
            throw new CjsRuleViolation("startsOn", "awareness.cjs.edition.starts-on.required");
        }
        if (endsOn == null) {
            throw new CjsRuleViolation("endsOn", "awareness.cjs.edition.ends-on.required");
        }
        if (startsOn.getYear() < 2000) {
            throw new CjsRuleViolation("startsOn", "awareness.cjs.edition.starts-on.range");
        }
        if (endsOn.isBefore(startsOn) || endsOn.getYear() != startsOn.getYear()) {
            throw new CjsRuleViolation("endsOn", "awareness.cjs.edition.ends-on.range");
        }
    }

    /** The summer the edition runs. */
    public int year() {
        return startsOn.getYear();
    }
}
