package fr.ploucs.sharedkernel.events;

import fr.ploucs.sharedkernel.PloucsEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by accompaniment when a project leaves the incubator, graduated or not, with its outcome: cooperation
 * may invite the new structure to join, awareness adds it to its pool of testimony speakers, and accompaniment's own
 * follow-up schedules its check-ins at 6, 12 and 24 months.
 *
 * @param graduated     whether it left graduated (a launched collective project), or stopped on the way
 * @param structureName the legal structure created, if any; may be null
 * @param legalForm     its legal form as typed (association, SCIC, SCOP...); may be null
 * @param communeCode   INSEE code of its commune; may be null
 */
public record ProjectGraduated(UUID eventId, Instant occurredAt, UUID projectId, String projectTitle,
                               boolean graduated, String structureName, String legalForm, int jobs,
                               String communeCode, LocalDate leftOn) implements PloucsEvent {

    public ProjectGraduated {
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(projectId);
        Objects.requireNonNull(projectTitle);
        Objects.requireNonNull(leftOn);
    }

    @Override
    public List<String> notificationArguments() {
        return List.of(projectTitle, structureName == null ? "" : structureName, Integer.toString(jobs));
    }
}
