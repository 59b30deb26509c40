package fr.ploucs.cooperation.funding.adapter.out.persistence;

import fr.ploucs.cooperation.funding.domain.FunderKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.util.UUID;

/** A funder as stored; the version (null = new) decides INSERT or UPDATE. */
@Table(schema = "cooperation", name = "funder")
class FunderRow {

    @Id
    private UUID id;
    private String name;
    private FunderKind kind;
    private String contactName;
    private String contactEmail;
    private String notes;
    @Version
    private Long version;

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public FunderKind getKind() { return kind; }
    public void setKind(FunderKind kind) { this.kind = kind; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
