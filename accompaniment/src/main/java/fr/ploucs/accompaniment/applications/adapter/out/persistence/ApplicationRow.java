package fr.ploucs.accompaniment.applications.adapter.out.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Table(schema = "accompaniment", name = "application")
class ApplicationRow {

    @Id
    private UUID id;
    private UUID cohortId;
    private UUID leadId;
    private String projectTitle;
    private String summary;
    private String holders;
    private String communeCode;
    private LocalDate receivedOn;
    @MappedCollection(idColumn = "application_id", keyColumn = "position")
    private List<ScoreRow> scores;
    private String decision;
    private String reasons;
    private LocalDate decidedOn;
    private UUID projectId;
    @Version
    private Long version;

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public UUID getCohortId() { return cohortId; }
    public void setCohortId(UUID cohortId) { this.cohortId = cohortId; }
    public UUID getLeadId() { return leadId; }
    public void setLeadId(UUID leadId) { this.leadId = leadId; }
    public String getProjectTitle() { return projectTitle; }
    public void setProjectTitle(String projectTitle) { this.projectTitle = projectTitle; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getHolders() { return holders; }
    public void setHolders(String holders) { this.holders = holders; }
    public String getCommuneCode() { return communeCode; }
    public void setCommuneCode(String communeCode) { this.communeCode = communeCode; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public List<ScoreRow> getScores() { return scores; }
    public void setScores(List<ScoreRow> scores) { this.scores = scores; }
    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
    public String getReasons() { return reasons; }
    public void setReasons(String reasons) { this.reasons = reasons; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate decidedOn) { this.decidedOn = decidedOn; }
    public UUID getProjectId() { return projectId; }
    public void setProjectId(UUID projectId) { this.projectId = projectId; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
