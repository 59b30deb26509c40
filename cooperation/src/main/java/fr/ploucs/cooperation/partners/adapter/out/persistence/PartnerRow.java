package fr.ploucs.cooperation.partners.adapter.out.persistence;

import fr.ploucs.cooperation.partners.domain.PartnerKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.util.UUID;

/** A partner as stored. The id is assigned by the application: the version (null = new) decides INSERT or UPDATE. */
@Table(schema = "cooperation", name = "partner")
class PartnerRow {

    @Id
    private UUID id;
    private PartnerKind kind;
    private String name;
    private String searchName;
    private String communeCode;
    private String epciCode;
    private String address;
    private String website;
    private String notes;
    @Version
    private Long version;

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public PartnerKind getKind() { return kind; }
    public void setKind(PartnerKind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSearchName() { return searchName; }
    public void setSearchName(String searchName) { this.searchName = searchName; }
    public String getCommuneCode() { return communeCode; }
    public void setCommuneCode(String communeCode) { this.communeCode = communeCode; }
    public String getEpciCode() { return epciCode; }
    public void setEpciCode(String epciCode) { this.epciCode = epciCode; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
