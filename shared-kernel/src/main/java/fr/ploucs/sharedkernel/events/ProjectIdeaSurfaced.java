package fr.ploucs.sharedkernel.events;

import fr.ploucs.sharedkernel.PloucsEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by awareness when an idea that came out of a workshop, a session or the CJS has an author who agreed to
 * be contacted (the consent and its date are recorded there): accompaniment records it as a lead for its next call
 * for applications. Carries the author's contact only because they agreed to it.
 *
 * @param ideaId     identifies the idea in awareness; accompaniment records one lead per idea, whatever the redeliveries
 * @param origin     where the idea surfaced, as shown to coordinators (e.g. « Atelier mobilité, lycée de Morcenx »)
 * @param communeCode INSEE code of the commune the idea concerns; may be null
 */
public record ProjectIdeaSurfaced(UUID eventId, Instant occurredAt, UUID ideaId, String title, String description,
                                  String origin, String authorName, String authorContact, LocalDate consentGivenOn,
                                  String communeCode) implements PloucsEvent {

    public ProjectIdeaSurfaced {
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(ideaId);
        Objects.requireNonNull(title);
        Objects.requireNonNull(authorName);
        Objects.requireNonNull(consentGivenOn);
    }

    @Override
    public List<String> notificationArguments() {
        return List.of(title, origin == null ? "" : origin);
    }
}
