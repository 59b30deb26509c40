package fr.ploucs.accompaniment.projects.domain;

import java.time.LocalDate;
import java.util.Objects;

public record StageChange(Stage stage, LocalDate on) {

    public StageChange {
        Objects.requireNonNull(stage);
        Objects.requireNonNull(on);
    }
}
