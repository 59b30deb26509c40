package fr.ploucs.cooperation.people.adapter.out.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The people of a member, stored apart from the member so that adding a contact does not touch its record. */
@Table(schema = "cooperation", name = "member_team")
class MemberTeamRow {

    @Id
    private UUID memberId;
    @MappedCollection(idColumn = "member_id", keyColumn = "position")
    private List<ContactPersonRow> contacts = new ArrayList<>();
    @MappedCollection(idColumn = "member_id", keyColumn = "position")
    private List<RepresentativeTermRow> formerRepresentatives = new ArrayList<>();
    @Version
    private Long version;

    public UUID getMemberId() { return memberId; }
    public void setMemberId(UUID memberId) { this.memberId = memberId; }
    public List<ContactPersonRow> getContacts() { return contacts; }
    public void setContacts(List<ContactPersonRow> contacts) { this.contacts = contacts; }
    public List<RepresentativeTermRow> getFormerRepresentatives() { return formerRepresentatives; }
    public void setFormerRepresentatives(List<RepresentativeTermRow> formerRepresentatives) { this.formerRepresentatives = formerRepresentatives; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
