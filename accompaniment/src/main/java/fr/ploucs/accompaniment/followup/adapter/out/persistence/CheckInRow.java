package fr.ploucs.accompaniment.followup.adapter.out.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.util.UUID;

@Table(schema = "accompaniment", name = "follow_up_check_in")
class CheckInRow {

    @Id
    private UUID id;
    private UUID projectId;
    private String projectTitle;
    private int monthsAfter;
    private LocalDate dueOn;
    private boolean announced;
    private String status;
    private Integer jobs;
    private String revenue;
    private String needs;
    private LocalDate recordedOn;
    @Version
    private Long version;

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public UUID getProjectId() { return projectId; }
    public void setProjectId(UUID projectId) { this.projectId = projectId; }
    public String getProjectTitle() { return projectTitle; }
    public void setProjectTitle(String projectTitle) { this.projectTitle = projectTitle; }
    public int getMonthsAfter() { return monthsAfter; }
    public void setMonthsAfter(int monthsAfter) { this.monthsAfter = monthsAfter; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public boolean isAnnounced() { return announced; }
    public void setAnnounced(boolean announced) { this.announced = announced; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Integer getJobs() { return jobs; }
    public void setJobs(Integer jobs) { this.jobs = jobs; }
    public String getRevenue() { return revenue; }
    public void setRevenue(String revenue) { this.revenue = revenue; }
    public String getNeeds() { return needs; }
    public void setNeeds(String needs) { this.needs = needs; }
    public LocalDate getRecordedOn() { return recordedOn; }
    public void setRecordedOn(LocalDate recordedOn) { this.recordedOn = recordedOn; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
