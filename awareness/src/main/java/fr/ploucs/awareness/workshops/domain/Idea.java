package fr.ploucs.awareness.workshops.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An idea that came out of a workshop. Its author may agree to be contacted about it: the consent is recorded with
 * its date and the contact, and the idea then surfaces (published once to accompaniment as a lead: {@code surfaced}
 * records that it was, so it never surfaces twice).
 *
 * @param authorContact an e-mail or phone number; kept only with the author's consent
 */
public record Idea(IdeaId id, WorkshopId workshopId, String title, String description, String authorName,
                   String authorContact, LocalDate consentGivenOn, boolean surfaced) {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 4000;

    public Idea {
        Objects.requireNonNull(id);
        Objects.requireNonNull(workshopId);
        title = required(title, TITLE_MAX, "title");
        description = description == null || description.isBlank() ? null : description.strip();
        if (description != null && description.length() > TEXT_MAX) {
            throw new WorkshopRuleViolation("description", "awareness.workshop.text.too-long");
        }
        authorName = required(authorName, TITLE_MAX, "authorName");
        authorContact = authorContact == null || authorContact.isBlank() ? null : authorContact.strip();
        if (authorContact != null && authorContact.length() > TITLE_MAX) {
            throw new WorkshopRuleViolation("authorContact", "awareness.workshop.text.too-long");
        }
        if (consentGivenOn != null && authorContact == null) {
            throw new WorkshopRuleViolation("authorContact", "awareness.workshop.idea.contact.required");
        }
        if (consentGivenOn == null && !surfaced) {
            authorContact = null;
        }
    }

    /**
     * An idea noted at the workshop, with the author's consent when given there.
     *
     * @throws WorkshopRuleViolation on a consent before the workshop or in the future, or without a contact
     */
    public static Idea note(IdeaId id, Workshop workshop, String title, String description, String authorName,
                            String authorContact, LocalDate consentGivenOn, LocalDate today) {
        requireConsentDate(consentGivenOn, workshop, today);
        return new Idea(id, workshop.id(), title, description, authorName, authorContact, consentGivenOn, false);
    }

    /** The author agreed to be contacted later on. A consent already recorded stays as it was. */
    public Idea consent(Workshop workshop, String contact, LocalDate givenOn, LocalDate today) {
        if (consentGivenOn != null) {
            return this;
        }
        if (givenOn == null) {
            throw new WorkshopRuleViolation("consentGivenOn", "awareness.workshop.idea.consent.required");
        }
        requireConsentDate(givenOn, workshop, today);
        return new Idea(id, workshopId, title, description, authorName, contact, givenOn, surfaced);
    }

    /** Whether the idea is to surface now: consented, and not surfaced yet. */
    public boolean toSurface() {
        return consentGivenOn != null && !surfaced;
    }

    public Idea markSurfaced() {
        return new Idea(id, workshopId, title, description, authorName, authorContact, consentGivenOn, true);
    }

    private static void requireConsentDate(LocalDate givenOn, Workshop workshop, LocalDate today) {
        if (givenOn != null && (givenOn.isBefore(workshop.heldOn()) || givenOn.isAfter(today))) {
            throw new WorkshopRuleViolation("consentGivenOn", "awareness.workshop.idea.consent.range");
        }
    }

    private static String required(String text, int max, String field) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new WorkshopRuleViolation(field, "awareness.workshop.idea." + field + ".required");
        }
        if (trimmed.length() > max) {
            throw new WorkshopRuleViolation(field, "awareness.workshop.text.too-long");
        }
        return trimmed;
    }
}
