package fr.ploucs.cooperation.exchanges.adapter.in.web;

import fr.ploucs.webparts.PlausibleDate;
import fr.ploucs.webparts.PeriodInOrder;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.time.LocalTime;

/** A training session as typed, kept whole when it is refused. */
@PeriodInOrder(start = "startsAt", end = "endsAt", sameAllowed = false, message = "{training.session.ends-before-start}")
public class TrainingSessionForm {

    @NotBlank(message = "{training.session.title.required}")
    @Size(max = 200, message = "{training.session.title.size}")
    private String title;

    @NotNull(message = "{training.session.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate(pastYears = 5, futureYears = 5)
    private LocalDate date;

    @NotNull(message = "{training.session.startsAt.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME, fallbackPatterns = "HH:mm")
    private LocalTime startsAt;

    @NotNull(message = "{training.session.endsAt.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME, fallbackPatterns = "HH:mm")
    private LocalTime endsAt;

    @NotBlank(message = "{training.session.place.required}")
    @Size(max = 200, message = "{training.session.place.size}")
    private String place;

    @NotBlank(message = "{training.session.trainer.required}")
    @Size(max = 200, message = "{training.session.trainer.size}")
    private String trainer;

    @NotNull(message = "{training.session.capacity.required}")
    @Min(value = 1, message = "{training.session.capacity.min}")
    @Max(value = 500, message = "{training.session.capacity.max}")
    private Integer capacity;

    @Size(max = 5000, message = "{training.session.description.size}")
    private String description;

    private Long version;

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public LocalTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalTime startsAt) { this.startsAt = startsAt; }
    public LocalTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalTime endsAt) { this.endsAt = endsAt; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getTrainer() { return trainer; }
    public void setTrainer(String trainer) { this.trainer = trainer; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
