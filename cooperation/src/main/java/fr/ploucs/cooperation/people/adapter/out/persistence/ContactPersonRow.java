package fr.ploucs.cooperation.people.adapter.out.persistence;

import fr.ploucs.cooperation.people.domain.ContactRole;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import java.util.UUID;

@Table(schema = "cooperation", name = "member_contact")
class ContactPersonRow {

    @Column("contact_id")
    private UUID id;
    private String name;
    private ContactRole role;
    private String email;
    private String phone;

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public ContactRole getRole() { return role; }
    public void setRole(ContactRole role) { this.role = role; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
}
