package fr.ploucs.accompaniment.programmes.adapter.out.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.util.UUID;

@Table(schema = "accompaniment", name = "cohort")
class CohortRow {

    @Id
    private UUID id;
    private UUID programmeId;
    private String name;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private int capacity;
    private int admitted;
    private String callStatus;
    private LocalDate callOpensOn;
    private LocalDate callClosesOn;
    private LocalDate juryOn;
    private String[] callCriteria;
    @Version
    private Long version;

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public UUID getProgrammeId() { return programmeId; }
    public void setProgrammeId(UUID programmeId) { this.programmeId = programmeId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public int getCapacity() { return capacity; }
    public void setCapacity(int capacity) { this.capacity = capacity; }
    public int getAdmitted() { return admitted; }
    public void setAdmitted(int admitted) { this.admitted = admitted; }
    public String getCallStatus() { return callStatus; }
    public void setCallStatus(String callStatus) { this.callStatus = callStatus; }
    public LocalDate getCallOpensOn() { return callOpensOn; }
    public void setCallOpensOn(LocalDate callOpensOn) { this.callOpensOn = callOpensOn; }
    public LocalDate getCallClosesOn() { return callClosesOn; }
    public void setCallClosesOn(LocalDate callClosesOn) { this.callClosesOn = callClosesOn; }
    public LocalDate getJuryOn() { return juryOn; }
    public void setJuryOn(LocalDate juryOn) { this.juryOn = juryOn; }
    public String[] getCallCriteria() { return callCriteria; }
    public void setCallCriteria(String[] callCriteria) { this.callCriteria = callCriteria; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
