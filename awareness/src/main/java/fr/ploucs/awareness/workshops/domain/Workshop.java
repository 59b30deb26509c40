package fr.ploucs.awareness.workshops.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A workshop with young people (« atelier jeunes ») on a theme of their territory (transport, sports
 * infrastructure...): when, where (a commune's INSEE code the caller checked against the territory reference) and how
 * many took part. The ideas that came out of it are {@link Idea}s.
 */
public record Workshop(WorkshopId id, String theme, LocalDate heldOn, String communeCode, int participants) {

    public static final int THEME_MAX = 200;
    public static final int MAX_PARTICIPANTS = 10_000;

    public Workshop {
        Objects.requireNonNull(id);
        theme = theme == null ? "" : theme.strip();
        if (theme.isEmpty()) {
            throw new WorkshopRuleViolation("theme", "awareness.workshop.theme.required");
        }
        if (theme.length() > THEME_MAX) {
            throw new WorkshopRuleViolation("theme", "awareness.workshop.text.too-long");
        }
        if (heldOn == null) {
            throw new WorkshopRuleViolation("heldOn", "awareness.workshop.held-on.required");
        }
        if (communeCode == null || communeCode.isBlank()) {
            throw new WorkshopRuleViolation("communeCode", "awareness.workshop.commune.required");
        }
        if (participants < 0 || participants > MAX_PARTICIPANTS) {
            throw new WorkshopRuleViolation("participants", "awareness.workshop.participants.range");
        }
    }

    /** Records a workshop that took place: not in the future, not before the year 2000. */
    public static Workshop record(WorkshopId id, String theme, LocalDate heldOn, String communeCode,
                                  Integer participants, LocalDate today) {
        if (heldOn != null && (heldOn.isAfter(today) || heldOn.getYear() < 2000)) {
            throw new WorkshopRuleViolation("heldOn", "awareness.workshop.held-on.range");
        }
        if (participants == null) {
            throw new WorkshopRuleViolation("participants", "awareness.workshop.participants.required");
        }
        return new Workshop(id, theme, heldOn, communeCode, participants);
    }

    /** How the workshop is named where its ideas arrive: « Atelier « Mobilité » du 2026-03-10 ». */
    public String origin() {
        return "Atelier « " + theme + " » du " + heldOn;
    }
}
