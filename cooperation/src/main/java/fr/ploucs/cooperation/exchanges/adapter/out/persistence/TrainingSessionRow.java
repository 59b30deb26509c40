package fr.ploucs.cooperation.exchanges.adapter.out.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

@Table(schema = "cooperation", name = "training_session")
class TrainingSessionRow {

    @Id
    private UUID id;
    private UUID programmeId;
    private String title;
    private LocalDate heldOn;
    private LocalTime startsAt;
    private LocalTime endsAt;
    private String place;
    private String trainer;
    private int capacity;
    private String description;
    private boolean attendanceRecorded;
    @Version
    private Long version;

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public UUID getProgrammeId() { return programmeId; }
    public void setProgrammeId(UUID programmeId) { this.programmeId = programmeId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public LocalTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalTime startsAt) { this.startsAt = startsAt; }
    public LocalTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalTime endsAt) { this.endsAt = endsAt; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getTrainer() { return trainer; }
    public void setTrainer(String trainer) { this.trainer = trainer; }
    public int getCapacity() { return capacity; }
    public void setCapacity(int capacity) { this.capacity = capacity; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public boolean isAttendanceRecorded() { return attendanceRecorded; }
    public void setAttendanceRecorded(boolean attendanceRecorded) { this.attendanceRecorded = attendanceRecorded; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
