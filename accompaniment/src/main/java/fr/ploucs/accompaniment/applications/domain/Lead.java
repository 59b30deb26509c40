package fr.ploucs.accompaniment.applications.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Someone with an idea the incubator could take in: from an awareness workshop (the author agreed to be contacted)
 * or met by a coordinator. A lead becomes an application to a cohort, or is dismissed.
 *
 * @see LeadSource
 */
public class Lead {

    private final LeadId id;
    private final LeadSource source;
    private final UUID ideaId;
    private final String title;
    private final String description;
    private final String origin;
    private final String contactName;
    private final String contact;
    private final String communeCode;
    private final LocalDate receivedOn;
    private LeadStatus status;
    private final Long version;

    public Lead(LeadId id, LeadSource source, UUID ideaId, String title, String description, String origin,
                String contactName, String contact, String communeCode, LocalDate receivedOn, LeadStatus status,
                Long version) {
        this.id = Objects.requireNonNull(id);
        this.source = Objects.requireNonNull(source);
        this.ideaId = ideaId;
        this.title = Objects.requireNonNull(title);
        this.description = description;
        this.origin = origin;
        this.contactName = contactName;
        this.contact = contact;
        this.communeCode = communeCode;
        this.receivedOn = Objects.requireNonNull(receivedOn);
        this.status = Objects.requireNonNull(status);
        this.version = version;
    }

    public static Lead byHand(LeadId id, String title, String description, String contactName, String contact,
                              String communeCode, LocalDate receivedOn) {
        return new Lead(id, LeadSource.BY_HAND, null,
                Texts.required(title, Texts.TITLE_MAX, "title", "lead.title"),
                Texts.optional(description, Texts.TEXT_MAX, "description", "lead.description"), null,
                Texts.required(contactName, Texts.NAME_MAX, "contactName", "lead.contact-name"),
                Texts.optional(contact, Texts.NAME_MAX, "contact", "lead.contact"), communeCode, receivedOn,
                LeadStatus.OPEN, null);
    }

    /** An idea from awareness: its texts are cut to this side's limits rather than refused, it is already recorded there. */
    public static Lead fromSurfacedIdea(LeadId id, UUID ideaId, String title, String description, String origin,
                                        String authorName, String authorContact, String communeCode,
                                        LocalDate receivedOn) {
        return new Lead(id, LeadSource.SURFACED_IDEA, Objects.requireNonNull(ideaId), cut(title, Texts.TITLE_MAX),
                cut(description, Texts.TEXT_MAX), cut(origin, Texts.NAME_MAX), cut(authorName, Texts.NAME_MAX),
                cut(authorContact, Texts.NAME_MAX), communeCode, receivedOn, LeadStatus.OPEN, null);
    }

    private static String cut(String text, int max) {
        if (text == null || text.isBlank()) {
            return text == null ? null : "";
        }
        String trimmed = text.strip();
        return trimmed.length() <= max ? trimmed : trimmed.substring(0, max);
    }

    /** @throws SelectionRuleViolation when the lead has already applied or was dismissed */
    public void applied() {
        requireOpen();
        this.status = LeadStatus.APPLIED;
    }

    public void dismiss() {
        requireOpen();
        this.status = LeadStatus.DISMISSED;
    }

    private void requireOpen() {
        if (status != LeadStatus.OPEN) {
            throw new SelectionRuleViolation(null, "lead.not-open");
        }
    }

    public boolean changedSince(Long expectedVersion) {
        return !Objects.equals(version, expectedVersion);
    }

    public LeadId getId() { return id; }
    public LeadSource getSource() { return source; }
    public UUID getIdeaId() { return ideaId; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getOrigin() { return origin; }
    public String getContactName() { return contactName; }
    public String getContact() { return contact; }
    public String getCommuneCode() { return communeCode; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public LeadStatus getStatus() { return status; }
    public Long getVersion() { return version; }
}
