package fr.ploucs.cooperation.members.adapter.out.persistence;

import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.MembershipStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A member as stored. The id is assigned by the application, so the version (null = new) decides INSERT or UPDATE. */
@Table(schema = "cooperation", name = "member")
class MemberRow {

    @Id
    private UUID id;
    private String name;
    private LegalForm legalForm;
    private String siret;
    private String commune;
    @Embedded.Empty(prefix = "representative_")
    private RepresentativeRow representative;
    private MembershipStatus status;
    @MappedCollection(idColumn = "member_id", keyColumn = "position")
    private List<MembershipChangeRow> history = new ArrayList<>();
    @Version
    private Long version;

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public LegalForm getLegalForm() { return legalForm; }
    public void setLegalForm(LegalForm legalForm) { this.legalForm = legalForm; }
    public String getSiret() { return siret; }
    public void setSiret(String siret) { this.siret = siret; }
    public String getCommune() { return commune; }
    public void setCommune(String commune) { this.commune = commune; }
    public RepresentativeRow getRepresentative() { return representative; }
    public void setRepresentative(RepresentativeRow representative) { this.representative = representative; }
    public MembershipStatus getStatus() { return status; }
    public void setStatus(MembershipStatus status) { this.status = status; }
    public List<MembershipChangeRow> getHistory() { return history; }
    public void setHistory(List<MembershipChangeRow> history) { this.history = history; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
