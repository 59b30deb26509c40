package fr.ploucs.cooperation.exchanges.adapter.out.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A practice exchange as stored, with its attendees and links. The version (null = new) decides INSERT or UPDATE. */
@Table(schema = "cooperation", name = "practice_exchange")
class PracticeExchangeRow {

    @Id
    private UUID id;
    private LocalDate heldOn;
    private String topic;
    private String facilitatorName;
    private UUID facilitatorMemberId;
    private BigDecimal hours;
    private String notes;
    @MappedCollection(idColumn = "practice_exchange_id")
    private Set<PracticeExchangeAttendeeRow> attendees = new HashSet<>();
    @MappedCollection(idColumn = "practice_exchange_id", keyColumn = "position")
    private List<PracticeExchangeLinkRow> links = new ArrayList<>();
    @Version
    private Long version;

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getFacilitatorName() { return facilitatorName; }
    public void setFacilitatorName(String facilitatorName) { this.facilitatorName = facilitatorName; }
    public UUID getFacilitatorMemberId() { return facilitatorMemberId; }
    public void setFacilitatorMemberId(UUID facilitatorMemberId) { this.facilitatorMemberId = facilitatorMemberId; }
    public BigDecimal getHours() { return hours; }
    public void setHours(BigDecimal hours) { this.hours = hours; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public Set<PracticeExchangeAttendeeRow> getAttendees() { return attendees; }
    public void setAttendees(Set<PracticeExchangeAttendeeRow> attendees) { this.attendees = attendees; }
    public List<PracticeExchangeLinkRow> getLinks() { return links; }
    public void setLinks(List<PracticeExchangeLinkRow> links) { this.links = links; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
