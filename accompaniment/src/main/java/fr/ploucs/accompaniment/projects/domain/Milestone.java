package fr.ploucs.accompaniment.projects.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A step of the programme's template (« jalon »), ticked with the day it was reached. */
public record Milestone(String label, LocalDate reachedOn) {

    public Milestone {
        Objects.requireNonNull(label);
    }

    public boolean reached() {
        return reachedOn != null;
    }
}
