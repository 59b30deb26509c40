package fr.ploucs.awareness.testimonies.application.port.in;

import fr.ploucs.awareness.testimonies.domain.SpeakerId;

import java.time.LocalDate;

/** A testimony speaker as the pages show it; {@code legalForm} and {@code communeCode} may be {@code null}. */
public record SpeakerSummary(SpeakerId id, String name, String projectTitle, String legalForm, String communeCode,
                             int jobs, LocalDate graduatedOn) {
}
