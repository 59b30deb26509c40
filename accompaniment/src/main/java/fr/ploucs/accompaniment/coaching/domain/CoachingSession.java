package fr.ploucs.accompaniment.coaching.domain;

import fr.ploucs.sharedkernel.MemberId;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A coaching session (« rendez-vous d'accompagnement »): a member structure's person met the project's holders.
 * Its hours are credited to the member and paid from the coaching grants, so a correction or a deletion afterwards
 * is published with a growing {@code revision} for cooperation to set its figures to the session's new state.
 */
public class CoachingSession {

    public static final BigDecimal MIN_HOURS = new BigDecimal("0.25");
    public static final BigDecimal MAX_HOURS = new BigDecimal("12");
    public static final int TEXT_MAX = 4000;

    private final CoachingSessionId id;
    private final UUID projectId;
    private final MemberId memberId;
    private final String memberName;
    private SessionDetails details;
    private boolean deleted;
    private long revision;
    private final Long version;

    public CoachingSession(CoachingSessionId id, UUID projectId, MemberId memberId, String memberName,
                           SessionDetails details, boolean deleted, long revision, Long version) {
        this.id = Objects.requireNonNull(id);
        this.projectId = Objects.requireNonNull(projectId);
        this.memberId = Objects.requireNonNull(memberId);
        this.memberName = Objects.requireNonNull(memberName);
        this.details = Objects.requireNonNull(details);
        this.deleted = deleted;
        this.revision = revision;
        this.version = version;
    }

    /**
     * @param assignment the project's assignment covering the session's day, whose member held the session
     * @throws CoachingRuleViolation when the day is not covered by the assignment, or is in the future
     */
    public static CoachingSession hold(CoachingSessionId id, Assignment assignment, SessionDetails details,
                                       LocalDate today) {
        requireWithin(assignment, details, today);
        return new CoachingSession(id, assignment.getProjectId(), assignment.getMemberId(),
                assignment.getMemberName(), details, false, 0, null);
    }

    public void correct(Assignment assignment, SessionDetails corrected, LocalDate today) {
        requireLive();
        if (!assignment.getMemberId().equals(memberId)) {
            throw new CoachingRuleViolation("heldOn", "coaching.session.other-member");
        }
        requireWithin(assignment, corrected, today);
        this.details = corrected;
        this.revision++;
    }

    public void delete() {
        requireLive();
        this.deleted = true;
        this.revision++;
    }

    private void requireLive() {
        if (deleted) {
            throw new CoachingRuleViolation(null, "coaching.session.deleted");
        }
    }

    private static void requireWithin(Assignment assignment, SessionDetails details, LocalDate today) {
        if (details.heldOn().isAfter(today)) {
            throw new CoachingRuleViolation("heldOn", "coaching.session.held-on.future");
        }
        if (!assignment.covers(details.heldOn())) {
            throw new CoachingRuleViolation("heldOn", "coaching.session.held-on.outside-assignment");
        }
    }

    /** The hours cooperation should now count for this session: none once deleted. */
    public BigDecimal creditedHours() {
        return deleted ? BigDecimal.ZERO.setScale(2) : details.hours();
    }

    public boolean changedSince(Long expectedVersion) {
        return !Objects.equals(version, expectedVersion);
    }

    /**
     * What was said at the session.
     *
     * @param coachName the person of the member structure who coached
     */
    public record SessionDetails(LocalDate heldOn, BigDecimal hours, String coachName, String topics, String notes,
                                 String nextSteps) {

        public SessionDetails {
            if (heldOn == null) {
                throw new CoachingRuleViolation("heldOn", "coaching.session.held-on.required");
            }
            if (heldOn.getYear() < 2000) {
                throw new CoachingRuleViolation("heldOn", "coaching.session.held-on.range");
            }
            if (hours == null) {
                throw new CoachingRuleViolation("hours", "coaching.session.hours.required");
            }
            if (hours.compareTo(MIN_HOURS) < 0 || hours.compareTo(MAX_HOURS) > 0) {
                throw new CoachingRuleViolation("hours", "coaching.session.hours.range");
            }
            if (hours.stripTrailingZeros().scale() > 2) {
                throw new CoachingRuleViolation("hours", "coaching.session.hours.precision");
            }
            hours = hours.setScale(2, RoundingMode.UNNECESSARY);
            coachName = required(coachName, 200, "coachName");
            topics = required(topics, TEXT_MAX, "topics");
            notes = optional(notes, "notes");
            nextSteps = optional(nextSteps, "nextSteps");
        }

        private static String required(String text, int max, String field) {
            String trimmed = text == null ? "" : text.strip();
            if (trimmed.isEmpty()) {
                throw new CoachingRuleViolation(field, "coaching.session." + field + ".required");
            }
            if (trimmed.length() > max) {
                throw new CoachingRuleViolation(field, "coaching.session.text.too-long");
            }
            return trimmed;
        }

        private static String optional(String text, String field) {
            if (text == null || text.isBlank()) {
                return null;
            }
            if (text.strip().length() > TEXT_MAX) {
                throw new CoachingRuleViolation(field, "coaching.session.text.too-long");
            }
            return text.strip();
        }
    }

    public CoachingSessionId getId() { return id; }
    public UUID getProjectId() { return projectId; }
    public MemberId getMemberId() { return memberId; }
    public String getMemberName() { return memberName; }
    public SessionDetails getDetails() { return details; }
    public boolean isDeleted() { return deleted; }
    public long getRevision() { return revision; }
    public Long getVersion() { return version; }
}
