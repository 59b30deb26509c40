package fr.ploucs.accompaniment.programmes.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * An incubation path (« parcours »): the yearly incubator, « Entreprendre la ruralité », or another one the
 * coordinators create. Its milestone template is the list of steps every project of its cohorts is followed on.
 */
public class Programme {

    public static final int NAME_MAX = 120;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int MILESTONES_MAX = 20;
    public static final int MILESTONE_MAX = 120;

    private final ProgrammeId id;
    private String name;
    private String description;
    private List<String> milestoneTemplate;
    private final Long version;

    public Programme(ProgrammeId id, String name, String description, List<String> milestoneTemplate, Long version) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.description = description;
        this.milestoneTemplate = List.copyOf(milestoneTemplate);
        this.version = version;
    }

    public static Programme create(ProgrammeId id, String name, String description, List<String> milestones) {
        Programme programme = new Programme(id, "-", null, List.of(), null);
        programme.describe(name, description, milestones);
        return programme;
    }

    /** @throws ProgrammeRuleViolation on a blank or too long name, or an unusable milestone list */
    public void describe(String newName, String newDescription, List<String> milestones) {
        String trimmed = newName == null ? "" : newName.strip();
        if (trimmed.isEmpty()) {
            throw new ProgrammeRuleViolation("name", "programme.name.required");
        }
        if (trimmed.length() > NAME_MAX) {
            throw new ProgrammeRuleViolation("name", "programme.name.too-long");
        }
        if (newDescription != null && newDescription.length() > DESCRIPTION_MAX) {
            throw new ProgrammeRuleViolation("description", "programme.description.too-long");
        }
        LinkedHashSet<String> steps = new LinkedHashSet<>();
        for (String milestone : milestones) {
            String step = milestone == null ? "" : milestone.strip();
            if (step.isEmpty()) {
                continue;
            }
            if (step.length() > MILESTONE_MAX) {
                throw new ProgrammeRuleViolation("milestones", "programme.milestones.too-long");
            }
            if (!steps.add(step)) {
                throw new ProgrammeRuleViolation("milestones", "programme.milestones.duplicate");
            }
        }
        if (steps.size() > MILESTONES_MAX) {
            throw new ProgrammeRuleViolation("milestones", "programme.milestones.too-many");
        }
        this.name = trimmed;
        this.description = newDescription == null || newDescription.isBlank() ? null : newDescription.strip();
        this.milestoneTemplate = List.copyOf(steps);
    }

    public boolean changedSince(Long expectedVersion) {
        return !Objects.equals(version, expectedVersion);
    }

    public ProgrammeId getId() { return id; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public List<String> getMilestoneTemplate() { return milestoneTemplate; }
    public Long getVersion() { return version; }
}
