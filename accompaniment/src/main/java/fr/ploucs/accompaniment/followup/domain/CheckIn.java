package fr.ploucs.accompaniment.followup.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A post-incubation check-in (« suivi »): « where are they now », 6, 12 and 24 months after a project left the
 * incubator. Scheduled on its own when the project leaves; the coordinators are told when it falls due.
 */
public class CheckIn {

    public static final List<Integer> MONTHS_AFTER = List.of(6, 12, 24);
    public static final int JOBS_MAX = 500;

    private final CheckInId id;
    private final UUID projectId;
    private final String projectTitle;
    private final int monthsAfter;
    private final LocalDate dueOn;
    private boolean announced;
    private Report report;
    private final Long version;

    public CheckIn(CheckInId id, UUID projectId, String projectTitle, int monthsAfter, LocalDate dueOn,
                   boolean announced, Report report, Long version) {
        this.id = Objects.requireNonNull(id);
        this.projectId = Objects.requireNonNull(projectId);
        this.projectTitle = Objects.requireNonNull(projectTitle);
        this.monthsAfter = monthsAfter;
        this.dueOn = Objects.requireNonNull(dueOn);
        this.announced = announced;
        this.report = report;
        this.version = version;
    }

    /** The three check-ins of a project that left on {@code leftOn}. */
    public static List<CheckIn> scheduleFor(UUID projectId, String projectTitle, LocalDate leftOn) {
        return MONTHS_AFTER.stream().map(months -> new CheckIn(CheckInId.newId(), projectId, projectTitle, months,
                leftOn.plusMonths(months), false, null, null)).toList();
    }

    public boolean isDue(LocalDate today) {
        return report == null && !dueOn.isAfter(today);
    }

    public void announced() {
        this.announced = true;
    }

    /** @throws FollowUpRuleViolation before the check-in is due, or on a report dated in the future */
    public void record(Report what, LocalDate today) {
        Objects.requireNonNull(what);
        if (what.recordedOn().isAfter(today)) {
            throw new FollowUpRuleViolation("recordedOn", "followup.recorded-on.future");
        }
        if (what.recordedOn().isBefore(dueOn.minusMonths(1))) {
            throw new FollowUpRuleViolation("recordedOn", "followup.recorded-on.too-early");
        }
        this.report = what;
    }

    public boolean changedSince(Long expectedVersion) {
        return !Objects.equals(version, expectedVersion);
    }

    /** What the check-in found. */
    public record Report(ActivityStatus status, int jobs, RevenueBand revenue, String needs, LocalDate recordedOn) {

        public Report {
            if (status == null) {
                throw new FollowUpRuleViolation("status", "followup.status.required");
            }
            if (revenue == null) {
                throw new FollowUpRuleViolation("revenue", "followup.revenue.required");
            }
            if (jobs < 0 || jobs > JOBS_MAX) {
                throw new FollowUpRuleViolation("jobs", "followup.jobs.range");
            }
            if (recordedOn == null) {
                throw new FollowUpRuleViolation("recordedOn", "followup.recorded-on.required");
            }
            if (needs != null && needs.strip().length() > 4000) {
                throw new FollowUpRuleViolation("needs", "followup.needs.too-long");
            }
            needs = needs == null || needs.isBlank() ? null : needs.strip();
        }
    }

    public CheckInId getId() { return id; }
    public UUID getProjectId() { return projectId; }
    public String getProjectTitle() { return projectTitle; }
    public int getMonthsAfter() { return monthsAfter; }
    public LocalDate getDueOn() { return dueOn; }
    public boolean isAnnounced() { return announced; }
    public Report getReport() { return report; }
    public Long getVersion() { return version; }
}
