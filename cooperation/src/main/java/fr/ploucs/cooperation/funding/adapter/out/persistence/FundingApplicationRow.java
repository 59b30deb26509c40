package fr.ploucs.cooperation.funding.adapter.out.persistence;

import fr.ploucs.cooperation.funding.domain.ApplicationStatus;
import fr.ploucs.cooperation.funding.domain.FundedPillar;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An application as stored, with its status history and financing plan. */
@Table(schema = "cooperation", name = "funding_application")
class FundingApplicationRow {

    @Id
    private UUID id;
    private UUID funderId;
    private UUID callId;
    private String title;
    private FundedPillar pillar;
    private BigDecimal amountAsked;
    private ApplicationStatus status;
    private LocalDate submittedOn;
    private BigDecimal amountGranted;
    private String rejectionReason;
    @MappedCollection(idColumn = "funding_application_id", keyColumn = "position")
    private List<ApplicationStatusChangeRow> history = new ArrayList<>();
    @MappedCollection(idColumn = "funding_application_id", keyColumn = "position")
    private List<FinancingLineRow> financingPlan = new ArrayList<>();
    @Version
    private Long version;

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public UUID getFunderId() { return funderId; }
    public void setFunderId(UUID funderId) { this.funderId = funderId; }
    public UUID getCallId() { return callId; }
    public void setCallId(UUID callId) { this.callId = callId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public FundedPillar getPillar() { return pillar; }
    public void setPillar(FundedPillar pillar) { this.pillar = pillar; }
    public BigDecimal getAmountAsked() { return amountAsked; }
    public void setAmountAsked(BigDecimal amountAsked) { this.amountAsked = amountAsked; }
    public ApplicationStatus getStatus() { return status; }
    public void setStatus(ApplicationStatus status) { this.status = status; }
    public LocalDate getSubmittedOn() { return submittedOn; }
    public void setSubmittedOn(LocalDate submittedOn) { this.submittedOn = submittedOn; }
    public BigDecimal getAmountGranted() { return amountGranted; }
    public void setAmountGranted(BigDecimal amountGranted) { this.amountGranted = amountGranted; }
    public String getRejectionReason() { return rejectionReason; }
    public void setRejectionReason(String rejectionReason) { this.rejectionReason = rejectionReason; }
    public List<ApplicationStatusChangeRow> getHistory() { return history; }
    public void setHistory(List<ApplicationStatusChangeRow> history) { this.history = history; }
    public List<FinancingLineRow> getFinancingPlan() { return financingPlan; }
    public void setFinancingPlan(List<FinancingLineRow> financingPlan) { this.financingPlan = financingPlan; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
