package fr.ploucs.accompaniment.projects.adapter.in.web;

import fr.ploucs.accompaniment.projects.domain.Stage;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** Moving a project to another maturity stage, on a day. */
public class StageForm {

    @NotNull(message = "{project.stage.required}")
    private Stage stage;

    @NotNull(message = "{project.stage.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate on;

    private Long version;

    public Stage getStage() { return stage; }
    public void setStage(Stage stage) { this.stage = stage; }
    public LocalDate getOn() { return on; }
    public void setOn(LocalDate on) { this.on = on; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
