package fr.ploucs.cooperation.partners.adapter.out.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.util.UUID;

/** A partner's contact as stored (its own small aggregate, referring to the partner by id). */
@Table(schema = "cooperation", name = "partner_contact")
class PartnerContactRow {

    @Id
    private UUID id;
    private UUID partnerId;
    private String name;
    private String role;
    private String email;
    private String phone;
    @Version
    private Long version;

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public UUID getPartnerId() { return partnerId; }
    public void setPartnerId(UUID partnerId) { this.partnerId = partnerId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
