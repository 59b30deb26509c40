package fr.ploucs.cooperation.exchanges.adapter.in.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A yearly programme as typed. The year is fixed once the programme exists. */
public class TrainingProgrammeForm {

    @NotNull(message = "{training.programme.year.required}")
    @Min(value = 2000, message = "{training.programme.year.range}")
    @Max(value = 2100, message = "{training.programme.year.range}")
    private Integer year;

    @NotBlank(message = "{training.programme.title.required}")
    @Size(max = 200, message = "{training.programme.title.size}")
    private String title;

    @Size(max = 5000, message = "{training.programme.description.size}")
    private String description;

    private Long version;

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
