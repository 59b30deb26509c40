package fr.ploucs.accompaniment.projects.adapter.out.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.util.List;
import java.util.UUID;

@Table(schema = "accompaniment", name = "project")
class ProjectRow {

    @Id
    private UUID id;
    private UUID cohortId;
    private UUID applicationId;
    private String title;
    private String summary;
    private String organisation;
    private String communeCode;
    @MappedCollection(idColumn = "project_id", keyColumn = "position")
    private List<HolderRow> holders;
    @MappedCollection(idColumn = "project_id", keyColumn = "position")
    private List<StageChangeRow> stages;
    @MappedCollection(idColumn = "project_id", keyColumn = "position")
    private List<MilestoneRow> milestones;
    @Embedded.Nullable(prefix = "outcome_")
    private OutcomeRow outcome;
    @Version
    private Long version;

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public UUID getCohortId() { return cohortId; }
    public void setCohortId(UUID cohortId) { this.cohortId = cohortId; }
    public UUID getApplicationId() { return applicationId; }
    public void setApplicationId(UUID applicationId) { this.applicationId = applicationId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getCommuneCode() { return communeCode; }
    public void setCommuneCode(String communeCode) { this.communeCode = communeCode; }
    public List<HolderRow> getHolders() { return holders; }
    public void setHolders(List<HolderRow> holders) { this.holders = holders; }
    public List<StageChangeRow> getStages() { return stages; }
    public void setStages(List<StageChangeRow> stages) { this.stages = stages; }
    public List<MilestoneRow> getMilestones() { return milestones; }
    public void setMilestones(List<MilestoneRow> milestones) { this.milestones = milestones; }
    public OutcomeRow getOutcome() { return outcome; }
    public void setOutcome(OutcomeRow outcome) { this.outcome = outcome; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
