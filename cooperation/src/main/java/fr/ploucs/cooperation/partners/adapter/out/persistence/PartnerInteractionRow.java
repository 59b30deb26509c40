package fr.ploucs.cooperation.partners.adapter.out.persistence;

import fr.ploucs.cooperation.partners.domain.InteractionKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One entry of a partner's log as stored. */
@Table(schema = "cooperation", name = "partner_interaction")
class PartnerInteractionRow {

    @Id
    private UUID id;
    private UUID partnerId;
    private LocalDate date;
    private InteractionKind kind;
    private String summary;
    private String followUp;
    private String author;
    private Instant recordedAt;
    @Version
    private Long version;

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public UUID getPartnerId() { return partnerId; }
    public void setPartnerId(UUID partnerId) { this.partnerId = partnerId; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public InteractionKind getKind() { return kind; }
    public void setKind(InteractionKind kind) { this.kind = kind; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getFollowUp() { return followUp; }
    public void setFollowUp(String followUp) { this.followUp = followUp; }
    public String getAuthor() { return author; }
    public void setAuthor(String author) { this.author = author; }
    public Instant getRecordedAt() { return recordedAt; }
    public void setRecordedAt(Instant recordedAt) { this.recordedAt = recordedAt; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
