package fr.ploucs.cooperation.funding.adapter.out.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A grant as stored, with its earmarks and the reports owed. */
@Table(schema = "cooperation", name = "funding_grant")
class GrantRow {

    @Id
    private UUID id;
    private UUID applicationId;
    private UUID funderId;
    private String title;
    private BigDecimal amount;
    private LocalDate startsOn;
    private LocalDate endsOn;
    @MappedCollection(idColumn = "funding_grant_id", keyColumn = "position")
    private List<GrantEarmarkRow> earmarks = new ArrayList<>();
    @MappedCollection(idColumn = "funding_grant_id", keyColumn = "position")
    private List<GrantReportRow> reports = new ArrayList<>();
    @Version
    private Long version;

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public UUID getApplicationId() { return applicationId; }
    public void setApplicationId(UUID applicationId) { this.applicationId = applicationId; }
    public UUID getFunderId() { return funderId; }
    public void setFunderId(UUID funderId) { this.funderId = funderId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public List<GrantEarmarkRow> getEarmarks() { return earmarks; }
    public void setEarmarks(List<GrantEarmarkRow> earmarks) { this.earmarks = earmarks; }
    public List<GrantReportRow> getReports() { return reports; }
    public void setReports(List<GrantReportRow> reports) { this.reports = reports; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
