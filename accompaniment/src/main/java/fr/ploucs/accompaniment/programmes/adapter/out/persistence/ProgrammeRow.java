package fr.ploucs.accompaniment.programmes.adapter.out.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.util.UUID;

@Table(schema = "accompaniment", name = "programme")
class ProgrammeRow {

    @Id
    private UUID id;
    private String name;
    private String description;
    private String[] milestoneTemplate;
    @Version
    private Long version;

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String[] getMilestoneTemplate() { return milestoneTemplate; }
    public void setMilestoneTemplate(String[] milestoneTemplate) { this.milestoneTemplate = milestoneTemplate; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
