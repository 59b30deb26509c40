package fr.ploucs.accompaniment.coaching.domain;

import fr.ploucs.sharedkernel.MemberId;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A member structure coaching a project, through one of its people, from a day until another. A project has at
 * most one current assignment; a change ends it and starts the next one, so the history stays.
 * {@code needsReassignment} is raised when the member leaves the network.
 */
public class Assignment {

    public static final int NAME_MAX = 200;

    private final AssignmentId id;
    private final UUID projectId;
    private final MemberId memberId;
    private final String memberName;
    private final String coachName;
    private final String coachEmail;
    private final LocalDate since;
    private LocalDate until;
    private boolean needsReassignment;
    private final Long version;

    public Assignment(AssignmentId id, UUID projectId, MemberId memberId, String memberName, String coachName,
                      String coachEmail, LocalDate since, LocalDate until, boolean needsReassignment, Long version) {
        this.id = Objects.requireNonNull(id);
        this.projectId = Objects.requireNonNull(projectId);
        this.memberId = Objects.requireNonNull(memberId);
        this.memberName = Objects.requireNonNull(memberName);
        this.coachName = Objects.requireNonNull(coachName);
        this.coachEmail = Objects.requireNonNull(coachEmail);
        this.since = Objects.requireNonNull(since);
        this.until = until;
        this.needsReassignment = needsReassignment;
        this.version = version;
    }

    /** @throws CoachingRuleViolation on a missing coach, a too long text, or a start in the future */
    public static Assignment start(AssignmentId id, UUID projectId, MemberId memberId, String memberName,
                                   String coachName, String coachEmail, LocalDate since, LocalDate today) {
        String coach = coachName == null ? "" : coachName.strip();
        if (coach.isEmpty()) {
            throw new CoachingRuleViolation("coachName", "coaching.assignment.coach.required");
        }
        if (coach.length() > NAME_MAX || (coachEmail != null && coachEmail.strip().length() > NAME_MAX)) {
            throw new CoachingRuleViolation("coachName", "coaching.assignment.coach.too-long");
        }
        if (coachEmail == null || coachEmail.isBlank()) {
            throw new CoachingRuleViolation("coachEmail", "coaching.assignment.coach-email.required");
        }
        if (!coachEmail.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new CoachingRuleViolation("coachEmail", "coaching.assignment.coach-email.invalid");
        }
        if (since == null) {
            throw new CoachingRuleViolation("since", "coaching.assignment.since.required");
        }
        if (since.isAfter(today) || since.isBefore(today.minusYears(5))) {
            throw new CoachingRuleViolation("since", "coaching.assignment.since.range");
        }
        return new Assignment(id, projectId, memberId, memberName, coach, coachEmail.strip(), since, null, false,
                null);
    }

    /** Ends the assignment on {@code on}, never before it started. */
    public void end(LocalDate on) {
        if (until != null) {
            return;
        }
        this.until = on.isBefore(since) ? since : on;
        this.needsReassignment = false;
    }

    public void memberLeft() {
        if (isCurrent()) {
            this.needsReassignment = true;
        }
    }

    public boolean isCurrent() {
        return until == null;
    }

    /** Whether the day falls within the assignment. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(since) && (until == null || !day.isAfter(until));
    }

    public boolean changedSince(Long expectedVersion) {
        return !Objects.equals(version, expectedVersion);
    }

    public String description(String projectTitle) {
        return "Accompagnement du projet « " + projectTitle + " »";
    }

    public AssignmentId getId() { return id; }
    public UUID getProjectId() { return projectId; }
    public MemberId getMemberId() { return memberId; }
    public String getMemberName() { return memberName; }
    public String getCoachName() { return coachName; }
    public String getCoachEmail() { return coachEmail; }
    public LocalDate getSince() { return since; }
    public LocalDate getUntil() { return until; }
    public boolean isNeedsReassignment() { return needsReassignment; }
    public Long getVersion() { return version; }
}
