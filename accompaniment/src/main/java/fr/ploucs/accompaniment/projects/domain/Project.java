package fr.ploucs.accompaniment.projects.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A collective project the incubator follows from its admission: its holders, its maturity stage with the dates it
 * moved, and the milestones of its programme's template, ticked with dates.
 */
public class Project {

    public static final int TITLE_MAX = 160;
    public static final int HOLDERS_MAX = 12;
    public static final int NAME_MAX = 200;
    public static final int SUMMARY_MAX = 4000;
    public static final int CONTACT_MAX = 254;

    private final ProjectId id;
    private final UUID cohortId;
    private final UUID applicationId;
    private String title;
    private String summary;
    private String organisation;
    private String communeCode;
    private List<Holder> holders;
    private List<StageChange> stages;
    private List<Milestone> milestones;
    private Outcome outcome;
    private final Long version;

    public Project(ProjectId id, UUID cohortId, UUID applicationId, String title, String summary,
                   String organisation, String communeCode, List<Holder> holders, List<StageChange> stages,
                   List<Milestone> milestones, Outcome outcome, Long version) {
        this.id = Objects.requireNonNull(id);
        this.cohortId = Objects.requireNonNull(cohortId);
        this.applicationId = applicationId;
        this.title = Objects.requireNonNull(title);
        this.summary = summary;
        this.organisation = organisation;
        this.communeCode = communeCode;
        this.holders = List.copyOf(holders);
        this.stages = List.copyOf(stages);
        this.milestones = List.copyOf(milestones);
        this.outcome = outcome;
        this.version = version;
        if (this.stages.isEmpty()) {
            throw new IllegalArgumentException("a project always has a stage");
        }
    }

    /** Starts following an admitted project, at the idea stage, with its programme's milestones to reach. */
    public static Project admitted(ProjectId id, UUID cohortId, UUID applicationId, String title, String summary,
                                   List<String> holderNames, String communeCode, List<String> milestoneTemplate,
                                   LocalDate admittedOn) {
        List<Holder> holders = holderNames.stream().map(String::strip).filter(name -> !name.isEmpty())
                .map(name -> new Holder(cut(name, NAME_MAX), null, null)).limit(HOLDERS_MAX).toList();
        if (holders.isEmpty()) {
            throw new ProjectRuleViolation("holders", "project.holders.required");
        }
        return new Project(id, cohortId, applicationId, cut(title, TITLE_MAX), summary, null, communeCode, holders,
                List.of(new StageChange(Stage.IDEA, admittedOn)),
                milestoneTemplate.stream().map(label -> new Milestone(label, null)).toList(), null, null);
    }

    private static String cut(String text, int max) {
        String trimmed = text.strip();
        return trimmed.length() <= max ? trimmed : trimmed.substring(0, max);
    }

    public Stage stage() {
        return stages.get(stages.size() - 1).stage();
    }

    public LocalDate stageSince() {
        return stages.get(stages.size() - 1).on();
    }

    /**
     * @throws ProjectRuleViolation when the stage does not change, the day is before the current stage's or after
     *                              today, or the project was abandoned
     */
    public void moveTo(Stage next, LocalDate on, LocalDate today) {
        Objects.requireNonNull(next);
        if (on == null) {
            throw new ProjectRuleViolation("on", "project.stage.date.required");
        }
        if (next == stage()) {
            throw new ProjectRuleViolation("stage", "project.stage.unchanged");
        }
        if (stage() == Stage.ABANDONED || outcome != null) {
            throw new ProjectRuleViolation("stage", "project.stage.closed");
        }
        if (on.isBefore(stageSince())) {
            throw new ProjectRuleViolation("on", "project.stage.date.before-current");
        }
        if (on.isAfter(today)) {
            throw new ProjectRuleViolation("on", "project.stage.date.future");
        }
        List<StageChange> moved = new ArrayList<>(stages);
        moved.add(new StageChange(next, on));
        this.stages = List.copyOf(moved);
    }

    /** Ticks or unticks a milestone of the template; {@code reachedOn} null unticks it. */
    public void mark(String label, LocalDate reachedOn, LocalDate today) {
        if (reachedOn != null && reachedOn.isAfter(today)) {
            throw new ProjectRuleViolation("reachedOn", "project.milestone.date.future");
        }
        if (reachedOn != null && reachedOn.isBefore(stages.get(0).on().minusYears(1))) {
            throw new ProjectRuleViolation("reachedOn", "project.milestone.date.too-early");
        }
        boolean known = false;
        List<Milestone> marked = new ArrayList<>();
        for (Milestone milestone : milestones) {
            if (milestone.label().equals(label)) {
                known = true;
                marked.add(new Milestone(label, reachedOn));
            } else {
                marked.add(milestone);
            }
        }
        if (!known) {
            throw new ProjectRuleViolation("milestone", "project.milestone.unknown");
        }
        this.milestones = List.copyOf(marked);
    }

    /**
     * The project leaves the incubator: launched when it graduated, abandoned otherwise.
     *
     * @throws ProjectRuleViolation when it has already left, or on a day before its current stage or after today
     */
    public void leave(Outcome how, LocalDate today) {
        if (outcome != null) {
            throw new ProjectRuleViolation(null, "project.outcome.already-left");
        }
        if (how.leftOn().isAfter(today)) {
            throw new ProjectRuleViolation("leftOn", "project.stage.date.future");
        }
        if (how.leftOn().isBefore(stageSince())) {
            throw new ProjectRuleViolation("leftOn", "project.stage.date.before-current");
        }
        Stage last = how.graduated() ? Stage.LAUNCHED : Stage.ABANDONED;
        if (stage() != last) {
            List<StageChange> moved = new ArrayList<>(stages);
            moved.add(new StageChange(last, how.leftOn()));
            this.stages = List.copyOf(moved);
        }
        this.outcome = how;
    }

    /**
     * Changes what the project is: its title, summary, organisation, commune and holders (at least one, at most
     * {@link #HOLDERS_MAX}, each named).
     *
     * @throws ProjectRuleViolation on a blank title, no holder, too many, or a text too long
     */
    public void change(String newTitle, String newSummary, String newOrganisation, String newCommuneCode,
                       List<Holder> newHolders) {
        if (newTitle == null || newTitle.isBlank()) {
            throw new ProjectRuleViolation("title", "project.title.required");
        }
        if (newTitle.strip().length() > TITLE_MAX) {
            throw new ProjectRuleViolation("title", "project.title.too-long");
        }
        String summaryText = optional(newSummary, SUMMARY_MAX, "summary");
        String organisationText = optional(newOrganisation, NAME_MAX, "organisation");
        List<Holder> named = newHolders == null ? List.of() : newHolders.stream()
                .filter(holder -> !holder.name().isBlank()).toList();
        if (named.isEmpty()) {
            throw new ProjectRuleViolation("holders", "project.holders.required");
        }
        if (named.size() > HOLDERS_MAX) {
            throw new ProjectRuleViolation("holders", "project.holders.too-many");
        }
        List<Holder> checked = new ArrayList<>();
        for (Holder holder : named) {
            if (holder.name().strip().length() > NAME_MAX) {
                throw new ProjectRuleViolation("holders", "project.holders.too-long");
            }
            checked.add(new Holder(holder.name().strip(), optional(holder.email(), CONTACT_MAX, "holders"),
                    optional(holder.phone(), CONTACT_MAX, "holders")));
        }
        this.title = newTitle.strip();
        this.summary = summaryText;
        this.organisation = organisationText;
        this.communeCode = newCommuneCode == null || newCommuneCode.isBlank() ? null : newCommuneCode.strip();
        this.holders = List.copyOf(checked);
    }

    private static String optional(String text, int max, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > max) {
            throw new ProjectRuleViolation(field, "project.text.too-long");
        }
        return text.strip();
    }

    public boolean hasLeft() {
        return outcome != null;
    }

    public boolean changedSince(Long expectedVersion) {
        return !Objects.equals(version, expectedVersion);
    }

    public ProjectId getId() { return id; }
    public UUID getCohortId() { return cohortId; }
    public UUID getApplicationId() { return applicationId; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getOrganisation() { return organisation; }
    public String getCommuneCode() { return communeCode; }
    public List<Holder> getHolders() { return holders; }
    public List<StageChange> getStages() { return stages; }
    public List<Milestone> getMilestones() { return milestones; }
    public Outcome getOutcome() { return outcome; }
    public Long getVersion() { return version; }
}
