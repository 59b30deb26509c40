package fr.ploucs.awareness.testimonies.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A structure born in the incubator, which can come and tell its story at a session (« témoignage »).
 *
 * @param structureName the legal structure created, or {@code null} when accompaniment named none
 */
public record Speaker(SpeakerId id, String projectTitle, String structureName, String legalForm, String communeCode,
                      int jobs, LocalDate graduatedOn) {

    public Speaker {
        Objects.requireNonNull(id);
        Objects.requireNonNull(projectTitle);
        Objects.requireNonNull(graduatedOn);
    }

    /** The structure's name, else the project's title. */
    public String name() {
        return structureName == null || structureName.isBlank() ? projectTitle : structureName;
    }
}
