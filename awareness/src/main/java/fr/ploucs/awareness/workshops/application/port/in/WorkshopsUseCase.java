package fr.ploucs.awareness.workshops.application.port.in;

import fr.ploucs.awareness.workshops.domain.IdeaId;
import fr.ploucs.awareness.workshops.domain.WorkshopId;

import java.time.LocalDate;

/**
 * Workshops with young people and the ideas that came out of them. An idea whose author consented to be contacted
 * surfaces once as {@link fr.ploucs.sharedkernel.events.ProjectIdeaSurfaced}, whether the consent came with the idea or later.
 */
public interface WorkshopsUseCase {

    /** @throws fr.ploucs.awareness.workshops.domain.WorkshopRuleViolation field {@code communeCode} when unknown */
    WorkshopId record(RecordWorkshop command);

    IdeaId noteIdea(NoteIdea command);

    /** Records the author's consent; an idea already consented to stays as it was and surfaces no second time. */
    void consent(Consent command);

    record RecordWorkshop(String theme, LocalDate heldOn, String communeCode, Integer participants) {
    }

    /** @param consentGivenOn when the author agreed to be contacted; {@code null}: not (yet) */
    record NoteIdea(WorkshopId workshopId, String title, String description, String authorName, String authorContact,
                    LocalDate consentGivenOn) {
    }

    record Consent(IdeaId ideaId, String authorContact, LocalDate givenOn) {
    }
}
