package fr.ploucs.accompaniment.projects.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** Ticking a milestone on a day, or unticking it ({@code reached} false). */
public class MilestoneForm {

    @NotBlank(message = "{project.milestone.required}")
    @Size(max = 300, message = "{project.milestone.unknown}")
    private String milestone;

    private boolean reached = true;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reachedOn;

    private Long version;

    public String getMilestone() { return milestone; }
    public void setMilestone(String milestone) { this.milestone = milestone; }
    public boolean isReached() { return reached; }
    public void setReached(boolean reached) { this.reached = reached; }
    public LocalDate getReachedOn() { return reachedOn; }
    public void setReachedOn(LocalDate reachedOn) { this.reachedOn = reachedOn; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
