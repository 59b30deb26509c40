package fr.ploucs.cooperation.mutualisation.adapter.in.web;

import fr.ploucs.cooperation.mutualisation.domain.ResourceKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** The shared resource form as typed, kept whole when it is refused. */
public class SharedResourceForm {

    @NotNull(message = "{resource.kind.required}")
    private ResourceKind kind;

    @NotBlank(message = "{resource.name.required}")
    @Size(max = 200, message = "{resource.name.size}")
    private String name;

    @Size(max = 2000, message = "{resource.description.size}")
    private String description;

    @NotBlank(message = "{resource.location.required}")
    @Size(max = 120, message = "{resource.location.size}")
    private String location;

    @NotNull(message = "{resource.owner.required}")
    private UUID ownerId;

    /** Only on the edit form: unticked, the resource is withdrawn and can no longer be booked. */
    private boolean active = true;

    private Long version;

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
