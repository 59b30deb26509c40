package fr.ploucs.accompaniment.projects.adapter.in.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** How a project leaves the incubator: graduated (its structure, legal form, jobs) or not, with notes. */
public class GraduationForm {

    @NotNull(message = "{project.outcome.graduated.required}")
    private Boolean graduated;

    @Size(max = 200, message = "{project.text.too-long}")
    private String structureName;

    @Size(max = 120, message = "{project.text.too-long}")
    private String legalForm;

    @Min(value = 0, message = "{project.outcome.jobs.range}")
    @Max(value = 500, message = "{project.outcome.jobs.range}")
    private Integer jobs;

    @Size(max = 4000, message = "{project.text.too-long}")
    private String notes;

    @NotNull(message = "{project.outcome.left-on.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate leftOn;

    private Long version;

    public Boolean getGraduated() { return graduated; }
    public void setGraduated(Boolean graduated) { this.graduated = graduated; }
    public String getStructureName() { return structureName; }
    public void setStructureName(String structureName) { this.structureName = structureName; }
    public String getLegalForm() { return legalForm; }
    public void setLegalForm(String legalForm) { this.legalForm = legalForm; }
    public Integer getJobs() { return jobs; }
    public void setJobs(Integer jobs) { this.jobs = jobs; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public LocalDate getLeftOn() { return leftOn; }
    public void setLeftOn(LocalDate leftOn) { this.leftOn = leftOn; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
