package fr.ploucs.awareness.testimonies.application.port.in;

import fr.ploucs.awareness.testimonies.domain.SpeakerId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The pool of testimony speakers, fed by the projects that graduate from the incubator. */
public interface SpeakersUseCase {

    /**
     * Adds a graduated project's structure to the pool, once: a redelivery changes nothing; a project that left
     * without graduating is not added.
     *
     * @return whether the pool changed
     */
    boolean projectGraduated(Graduated command);

    /** The pool, the latest graduated first. */
    List<SpeakerSummary> speakers();

    Optional<SpeakerSummary> speaker(SpeakerId id);

    record Graduated(UUID projectId, String projectTitle, boolean graduated, String structureName, String legalForm,
                     int jobs, String communeCode, LocalDate leftOn) {
    }
}
