package fr.ploucs.awareness.cjs.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One summer's Coopérative Jeunesse de Services on a territory (a commune's INSEE code or an EPCI's SIREN, checked by
 * the caller against the territory reference): its name and the days it runs. Cooperants' ages are computed at {@code startsOn}.
 */
public record Edition(EditionId id, String name, String communeCode, String epciCode, LocalDate startsOn,
                      LocalDate endsOn) {

    public static final int NAME_MAX = 200;
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    public Edition {
        Objects.requireNonNull(id);
        name = name == null ? "" : name.strip();
        if (name.isEmpty()) {
            throw new CjsRuleViolation("name", "awareness.cjs.edition.name.required");
        }
        if (name.length() > NAME_MAX) {
            throw new CjsRuleViolation("name", "awareness.cjs.text.too-long");
        }
        communeCode = communeCode == null || communeCode.isBlank() ? null : communeCode.strip();
        epciCode = epciCode == null || epciCode.isBlank() ? null : epciCode.strip();
        if (communeCode == null && epciCode == null) {
            throw new CjsRuleViolation("communeCode", "awareness.cjs.edition.commune.required");
        }
        if (startsOn == null) {
            throw new CjsRuleViolation("startsOn", "awareness.cjs.edition.starts-on.required");
        }
        if (endsOn == null) {
            throw new CjsRuleViolation("endsOn", "awareness.cjs.edition.ends-on.required");
        }
        if (startsOn.getYear() < FIRST_YEAR || startsOn.getYear() > LAST_YEAR) {
            throw new CjsRuleViolation("startsOn", "awareness.cjs.edition.starts-on.range");
        }
        if (endsOn.isBefore(startsOn) || endsOn.getYear() != startsOn.getYear()) {
            throw new CjsRuleViolation("endsOn", "awareness.cjs.edition.ends-on.range");
        }
    }

    /** An edition on a commune's territory. */
    public Edition(EditionId id, String name, String communeCode, LocalDate startsOn, LocalDate endsOn) {
        this(id, name, communeCode, null, startsOn, endsOn);
    }

    /** The summer the edition runs. */
    public int year() {
        return startsOn.getYear();
    }
}
