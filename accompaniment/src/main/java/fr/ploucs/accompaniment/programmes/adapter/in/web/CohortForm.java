package fr.ploucs.accompaniment.programmes.adapter.in.web;

import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * A cohort as typed: name, calendar and capacity. What the domain refuses (dates out of range or order, a capacity
 * out of 1..100) comes back next to its field; what cannot even be read is a {@code typeMismatch.cohortForm.*}.
 */
public class CohortForm {

    private String name;

    @NotNull(message = "{cohort.starts-on.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @NotNull(message = "{cohort.ends-on.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    @NotNull(message = "{cohort.capacity.required}")
    private Integer capacity;

    private Long version;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
