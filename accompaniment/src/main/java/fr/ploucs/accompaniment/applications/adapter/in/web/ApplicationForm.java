package fr.ploucs.accompaniment.applications.adapter.in.web;

import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/**
 * An application to a cohort as typed: from a lead (its id carried along, its texts offered to start from) or
 * received directly. The commune is the lead's, carried as its INSEE code.
 */
public class ApplicationForm {

    @NotNull(message = "{application.cohort.required}")
    private UUID cohortId;
    private UUID leadId;
    private String projectTitle;
    private String summary;
    private String holders;
    private String communeCode;

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
}
