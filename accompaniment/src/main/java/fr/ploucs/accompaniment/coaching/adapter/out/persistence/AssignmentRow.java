package fr.ploucs.accompaniment.coaching.adapter.out.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.util.UUID;

@Table(schema = "accompaniment", name = "coaching_assignment")
class AssignmentRow {

    @Id
    private UUID id;
    private UUID projectId;
    private UUID memberId;
    private String memberName;
    private String coachName;
    private String coachEmail;
    private LocalDate since;
    private LocalDate until;
    private boolean needsReassignment;
    @Version
    private Long version;

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public UUID getProjectId() { return projectId; }
    public void setProjectId(UUID projectId) { this.projectId = projectId; }
    public UUID getMemberId() { return memberId; }
    public void setMemberId(UUID memberId) { this.memberId = memberId; }
    public String getMemberName() { return memberName; }
    public void setMemberName(String memberName) { this.memberName = memberName; }
    public String getCoachName() { return coachName; }
    public void setCoachName(String coachName) { this.coachName = coachName; }
    public String getCoachEmail() { return coachEmail; }
    public void setCoachEmail(String coachEmail) { this.coachEmail = coachEmail; }
    public LocalDate getSince() { return since; }
    public void setSince(LocalDate since) { this.since = since; }
    public LocalDate getUntil() { return until; }
    public void setUntil(LocalDate until) { this.until = until; }
    public boolean isNeedsReassignment() { return needsReassignment; }
    public void setNeedsReassignment(boolean needsReassignment) { this.needsReassignment = needsReassignment; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
