package fr.ploucs.accompaniment.trainingdays.adapter.out.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Table(schema = "accompaniment", name = "training_day")
class TrainingDayRow {

    @Id
    private UUID id;
    private UUID cohortId;
    private String topic;
    private LocalDate heldOn;
    private String place;
    private String trainer;
    @MappedCollection(idColumn = "training_day_id", keyColumn = "position")
    private List<AttendeeRow> attendance;
    @Version
    private Long version;

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public UUID getCohortId() { return cohortId; }
    public void setCohortId(UUID cohortId) { this.cohortId = cohortId; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getTrainer() { return trainer; }
    public void setTrainer(String trainer) { this.trainer = trainer; }
    public List<AttendeeRow> getAttendance() { return attendance; }
    public void setAttendance(List<AttendeeRow> attendance) { this.attendance = attendance; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
