package fr.ploucs.cooperation.mutualisation.adapter.out.persistence;

import fr.ploucs.cooperation.mutualisation.domain.ResourceKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.util.UUID;

/** A shared resource as stored. The id is assigned by the application: the version (null = new) decides INSERT or UPDATE. */
@Table(schema = "cooperation", name = "shared_resource")
class SharedResourceRow {

    @Id
    private UUID id;
    private ResourceKind kind;
    private String name;
    private String description;
    private String location;
    private UUID ownerId;
    private boolean active;
    @Version
    private Long version;

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public ResourceKind getKind() { return kind; }
    public void setKind(ResourceKind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public UUID getOwnerId() { return ownerId; }
    public void setOwnerId(UUID ownerId) { this.ownerId = ownerId; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
