package fr.ploucs.awareness.cjs.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A meeting of the cooperative (its general assembly, its committees), held on a day of the edition's year. */
public record Meeting(UUID id, EditionId editionId, LocalDate heldOn, String subject) {

    public Meeting {
        Objects.requireNonNull(id);
        Objects.requireNonNull(editionId);
        if (heldOn == null) {
            throw new CjsRuleViolation("heldOn", "awareness.cjs.meeting.held-on.required");
        }
        subject = Texts.required(subject, "subject", "awareness.cjs.meeting.subject.required", Edition.NAME_MAX);
    }

    /** @throws CjsRuleViolation on {@code heldOn} when not in the edition's year */
    public static Meeting held(UUID id, Edition edition, LocalDate heldOn, String subject) {
        if (heldOn != null && heldOn.getYear() != edition.year()) {
            throw new CjsRuleViolation("heldOn", "awareness.cjs.meeting.held-on.range", edition.year());
        }
        return new Meeting(id, edition.id(), heldOn, subject);
    }
}
