package fr.ploucs.awareness.sessions.domain;

import fr.ploucs.sharedkernel.MemberId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An awareness session (« intervention de sensibilisation »), from the request to its evaluation: requested,
 * scheduled (a date and its facilitators), delivered (the people actually there), evaluated (feedback and notes);
 * or cancelled with a reason while still to come. {@code needsFacilitator} is raised when a member facilitating a
 * scheduled session leaves the network.
 */
public class AwarenessSession {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 4000;
    public static final int MAX_PARTICIPANTS = 10_000;
    /** How far ahead a session may be planned. */
    public static final int YEARS_AHEAD = 3;

    private final SessionId id;
    private final RequesterId requesterId;
    private final String title;
    private LocalDate date;
    private final String communeCode;
    private final Set<AudienceType> audiences;
    private final int expectedParticipants;
    private Integer actualParticipants;
    private List<Facilitation> facilitations;
    private String toolUsed;
    private SessionStatus status;
    private String cancellationReason;
    private Evaluation evaluation;
    private boolean needsFacilitator;
    private final Long version;

    public AwarenessSession(SessionId id, RequesterId requesterId, String title, LocalDate date, String communeCode,
                            Set<AudienceType> audiences, int expectedParticipants, Integer actualParticipants,
                            List<Facilitation> facilitations, String toolUsed, SessionStatus status,
                            String cancellationReason, Evaluation evaluation, boolean needsFacilitator, Long version) {
        this.id = Objects.requireNonNull(id);
        this.requesterId = Objects.requireNonNull(requesterId);
        this.title = Objects.requireNonNull(title);
        this.date = Objects.requireNonNull(date);
        this.communeCode = Objects.requireNonNull(communeCode);
        this.audiences = audiences.isEmpty() ? EnumSet.noneOf(AudienceType.class) : EnumSet.copyOf(audiences);
        this.expectedParticipants = expectedParticipants;
        this.actualParticipants = actualParticipants;
        this.facilitations = List.copyOf(facilitations);
        this.toolUsed = toolUsed;
        this.status = Objects.requireNonNull(status);
        this.cancellationReason = cancellationReason;
        this.evaluation = evaluation;
        this.needsFacilitator = needsFacilitator;
        this.version = version;
    }

    /**
     * A requester asks for a session. The commune is an INSEE code the caller checked against the territory reference.
     *
     * @throws SessionRuleViolation on a missing title or audience, a date out of range, a participant count out of range
     */
    public static AwarenessSession request(SessionId id, RequesterId requesterId, String title, LocalDate date,
                                           String communeCode, Set<AudienceType> audiences, Integer expected,
                                           LocalDate today) {
        String trimmed = title == null ? "" : title.strip();
        if (trimmed.isEmpty()) {
            throw new SessionRuleViolation("title", "awareness.session.title.required");
        }
        if (trimmed.length() > TITLE_MAX) {
            throw new SessionRuleViolation("title", "awareness.session.text.too-long");
        }
        requirePlausible(date, today);
        if (communeCode == null || communeCode.isBlank()) {
            throw new SessionRuleViolation("communeCode", "awareness.session.commune.required");
        }
        if (audiences == null || audiences.isEmpty()) {
            throw new SessionRuleViolation("audiences", "awareness.session.audiences.required");
        }
        if (expected == null) {
            throw new SessionRuleViolation("expectedParticipants", "awareness.session.participants.required");
        }
        requireParticipants(expected, "expectedParticipants");
        return new AwarenessSession(id, requesterId, trimmed, date, communeCode, audiences, expected, null,
                List.of(), null, SessionStatus.REQUESTED, null, null, false, null);
    }

    /**
     * Sets the date and who facilitates, on a requested session or again on a scheduled one. A person already
     * facilitating keeps their responsibility; the caller publishes the responsibilities started and ended.
     */
    public void schedule(LocalDate on, List<Facilitation> facilitators, LocalDate today) {
        if (!status.upcoming()) {
            throw new SessionRuleViolation(null, "awareness.session.not-upcoming");
        }
        requirePlausible(on, today);
        if (on.isBefore(today)) {
            throw new SessionRuleViolation("date", "awareness.session.date.past");
        }
        if (facilitators == null || facilitators.isEmpty()) {
            throw new SessionRuleViolation("facilitations", "awareness.session.facilitations.required");
        }
        List<Facilitation> next = new ArrayList<>();
        for (Facilitation candidate : facilitators) {
            if (next.stream().anyMatch(candidate::samePerson)) {
                throw new SessionRuleViolation("facilitations", "awareness.session.facilitations.twice");
            }
            next.add(facilitations.stream().filter(candidate::samePerson).findFirst()
                    .map(kept -> candidate.withResponsibility(kept.responsibilityId())).orElse(candidate));
        }
        this.date = on;
        this.facilitations = List.copyOf(next);
        this.status = SessionStatus.SCHEDULED;
        this.needsFacilitator = false;
    }

    /** The session took place on its date with {@code actual} people; it can be delivered from that day on. */
    public void deliver(int actual, String tool, LocalDate today) {
        if (status != SessionStatus.SCHEDULED) {
            throw new SessionRuleViolation(null, "awareness.session.not-scheduled");
        }
        if (date.isAfter(today)) {
            throw new SessionRuleViolation("date", "awareness.session.delivered.future");
        }
        requireParticipants(actual, "actualParticipants");
        String trimmed = tool == null || tool.isBlank() ? null : tool.strip();
        if (trimmed != null && trimmed.length() > TITLE_MAX) {
            throw new SessionRuleViolation("toolUsed", "awareness.session.text.too-long");
        }
        this.actualParticipants = actual;
        this.toolUsed = trimmed;
        this.status = SessionStatus.DELIVERED;
        this.needsFacilitator = false;
    }

    public void evaluate(Evaluation evaluation) {
        if (status != SessionStatus.DELIVERED && status != SessionStatus.EVALUATED) {
            throw new SessionRuleViolation(null, "awareness.session.not-delivered");
        }
        this.evaluation = Objects.requireNonNull(evaluation);
        this.status = SessionStatus.EVALUATED;
    }

    public void cancel(String reason) {
        if (!status.upcoming()) {
            throw new SessionRuleViolation(null, "awareness.session.not-upcoming");
        }
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty()) {
            throw new SessionRuleViolation("reason", "awareness.session.cancel.reason.required");
        }
        if (trimmed.length() > TEXT_MAX) {
            throw new SessionRuleViolation("reason", "awareness.session.text.too-long");
        }
        this.cancellationReason = trimmed;
        this.status = SessionStatus.CANCELLED;
        this.needsFacilitator = false;
    }

    /** @return whether the session was flagged now (false when it was already, or is not concerned) */
    public boolean memberLeft(MemberId memberId) {
        if (status != SessionStatus.SCHEDULED || needsFacilitator || !facilitatedBy(memberId)) {
            return false;
        }
        this.needsFacilitator = true;
        return true;
    }

    public boolean facilitatedBy(MemberId memberId) {
        return facilitations.stream().anyMatch(facilitation -> facilitation.memberId().equals(memberId));
    }

    /** Each facilitating member's hours, persons added up, in the order they were listed. */
    public Map<MemberId, BigDecimal> hoursPerMember() {
        Map<MemberId, BigDecimal> hours = new LinkedHashMap<>();
        for (Facilitation facilitation : facilitations) {
            hours.merge(facilitation.memberId(), facilitation.hours(), BigDecimal::add);
        }
        return hours;
    }

    public String description() {
        return "Animation de l’intervention « " + title + " » du " + date;
    }

    public boolean changedSince(Long expectedVersion) {
        return !Objects.equals(version, expectedVersion);
    }

    private static void requirePlausible(LocalDate date, LocalDate today) {
        if (date == null) {
            throw new SessionRuleViolation("date", "awareness.session.date.required");
        }
        if (date.getYear() < 2000 || date.isAfter(today.plusYears(YEARS_AHEAD))) {
            throw new SessionRuleViolation("date", "awareness.session.date.range");
        }
    }

    private static void requireParticipants(int count, String field) {
        if (count < 0 || count > MAX_PARTICIPANTS) {
            throw new SessionRuleViolation(field, "awareness.session.participants.range");
        }
    }

    /** What participants said and what the facilitators noted; at least one of the two. */
    public record Evaluation(String participantsFeedback, String facilitatorNotes) {

        public Evaluation {
            participantsFeedback = optional(participantsFeedback, "participantsFeedback");
            facilitatorNotes = optional(facilitatorNotes, "facilitatorNotes");
            if (participantsFeedback == null && facilitatorNotes == null) {
                throw new SessionRuleViolation("participantsFeedback", "awareness.session.evaluation.required");
            }
        }

        private static String optional(String text, String field) {
            if (text == null || text.isBlank()) {
                return null;
            }
            if (text.strip().length() > TEXT_MAX) {
                throw new SessionRuleViolation(field, "awareness.session.text.too-long");
            }
            return text.strip();
        }
    }

    public SessionId getId() { return id; }
    public RequesterId getRequesterId() { return requesterId; }
    public String getTitle() { return title; }
    public LocalDate getDate() { return date; }
    public String getCommuneCode() { return communeCode; }
    public Set<AudienceType> getAudiences() { return audiences.isEmpty() ? Set.of() : EnumSet.copyOf(audiences); }
    public int getExpectedParticipants() { return expectedParticipants; }
    public Integer getActualParticipants() { return actualParticipants; }
    public List<Facilitation> getFacilitations() { return facilitations; }
    public String getToolUsed() { return toolUsed; }
    public SessionStatus getStatus() { return status; }
    public String getCancellationReason() { return cancellationReason; }
    public Evaluation getEvaluation() { return evaluation; }
    public boolean isNeedsFacilitator() { return needsFacilitator; }
    public Long getVersion() { return version; }
}
