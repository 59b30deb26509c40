package fr.ploucs.accompaniment.programmes.adapter.in.web;

import java.util.Arrays;
import java.util.List;

/** A programme as typed: its milestones one per line. The domain checks lengths and duplicates, next to the field. */
public class ProgrammeForm {

    private String name;
    private String description;
    private String milestones;
    private Long version;

    /** The lines typed, blank ones included (the domain leaves them out). */
    List<String> milestoneLines() {
        return lines(milestones);
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.asList(text.split("\\R"));
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getMilestones() { return milestones; }
    public void setMilestones(String milestones) { this.milestones = milestones; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
