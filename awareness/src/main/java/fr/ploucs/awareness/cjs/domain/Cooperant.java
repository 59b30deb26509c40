package fr.ploucs.awareness.cjs.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A young person of a CJS edition. The minors' gate: enrolled only when aged 16 to 18 inclusive at the edition's start
 * (computed here from the birth date, never typed), and active only while a parental authorisation and an
 * image-rights choice are recorded and not expired (computed against today: an expiry makes them inactive again).
 */
public record Cooperant(CooperantId id, EditionId editionId, String firstName, String lastName, LocalDate birthDate,
                        ParentalAuthorisation authorisation, ImageRights imageRights) {

    public static final int MIN_AGE = 16;
    public static final int MAX_AGE = 18;

    public Cooperant {
        Objects.requireNonNull(id);
        Objects.requireNonNull(editionId);
        firstName = required(firstName, "firstName");
        lastName = required(lastName, "lastName");
        if (birthDate == null) {
            throw new CjsRuleViolation("birthDate", "awareness.cjs.cooperant.birth-date.required");
        }
    }

    /**
     * @throws CjsRuleViolation on {@code birthDate} with the age in the message's arguments when younger than 16 or
     *                          older than 18 at the edition's start
     */
    public static Cooperant enrol(CooperantId id, Edition edition, String firstName, String lastName,
                                  LocalDate birthDate) {
        Cooperant cooperant = new Cooperant(id, edition.id(), firstName, lastName, birthDate, null, null);
        if (birthDate.isAfter(edition.startsOn())) {
            throw new CjsRuleViolation("birthDate", "awareness.cjs.cooperant.birth-date.range");
        }
        int age = cooperant.ageOn(edition.startsOn());
        if (age < MIN_AGE) {
            throw new CjsRuleViolation("birthDate", "awareness.cjs.cooperant.too-young", age, MIN_AGE);
        }
        if (age > MAX_AGE) {
            throw new CjsRuleViolation("birthDate", "awareness.cjs.cooperant.too-old", age, MAX_AGE);
        }
        return cooperant;
    }

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    public Cooperant authorised(ParentalAuthorisation authorisation) {
        return new Cooperant(id, editionId, firstName, lastName, birthDate, Objects.requireNonNull(authorisation),
                imageRights);
    }

    public Cooperant withImageRights(ImageRights rights) {
        return new Cooperant(id, editionId, firstName, lastName, birthDate, authorisation,
                Objects.requireNonNull(rights));
    }

    /** What keeps the cooperant inactive on {@code today}; empty when active. */
    public List<Missing> missing(LocalDate today) {
        List<Missing> missing = new ArrayList<>();
        if (authorisation == null) {
            missing.add(Missing.PARENTAL_AUTHORISATION);
        } else if (authorisation.expired(today)) {
            missing.add(Missing.PARENTAL_AUTHORISATION_EXPIRED);
        }
        if (imageRights == null) {
            missing.add(Missing.IMAGE_RIGHTS);
        } else if (imageRights.expired(today)) {
            missing.add(Missing.IMAGE_RIGHTS_EXPIRED);
        }
        return List.copyOf(missing);
    }

    public boolean activeOn(LocalDate today) {
        return missing(today).isEmpty();
    }

    private static String required(String text, String field) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new CjsRuleViolation(field, "awareness.cjs.cooperant." + field + ".required");
        }
        if (trimmed.length() > Edition.NAME_MAX) {
            throw new CjsRuleViolation(field, "awareness.cjs.text.too-long");
        }
        return trimmed;
    }
}
