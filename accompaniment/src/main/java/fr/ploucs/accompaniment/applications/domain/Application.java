package fr.ploucs.accompaniment.applications.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A project's application to a cohort. The jury scores it on the call's criteria (0 to 5 each), then admits or
 * declines it and records why. Admission also takes a seat in the cohort, which the programmes feature counts under
 * a lock, so a cohort never admits beyond its capacity.
 */
public class Application {

    public static final int SCORE_MAX = 5;

    private final ApplicationId id;
    private final UUID cohortId;
    private final LeadId leadId;
    private final String projectTitle;
    private final String summary;
    private final String holders;
    private final String communeCode;
    private final LocalDate receivedOn;
    private Map<String, Integer> scores;
    private Decision decision;
    private String reasons;
    private LocalDate decidedOn;
    private UUID projectId;
    private final Long version;

    public Application(ApplicationId id, UUID cohortId, LeadId leadId, String projectTitle, String summary,
                       String holders, String communeCode, LocalDate receivedOn, Map<String, Integer> scores,
                       Decision decision, String reasons, LocalDate decidedOn, UUID projectId, Long version) {
        this.id = Objects.requireNonNull(id);
        this.cohortId = Objects.requireNonNull(cohortId);
        this.leadId = leadId;
        this.projectTitle = Objects.requireNonNull(projectTitle);
        this.summary = summary;
        this.holders = Objects.requireNonNull(holders);
        this.communeCode = communeCode;
        this.receivedOn = Objects.requireNonNull(receivedOn);
        this.scores = new LinkedHashMap<>(scores);
        this.decision = Objects.requireNonNull(decision);
        this.reasons = reasons;
        this.decidedOn = decidedOn;
        this.projectId = projectId;
        this.version = version;
    }

    public static Application submit(ApplicationId id, UUID cohortId, LeadId leadId, String projectTitle,
                                     String summary, String holders, String communeCode, LocalDate receivedOn) {
        return new Application(id, cohortId, leadId,
                Texts.required(projectTitle, Texts.TITLE_MAX, "projectTitle", "application.project-title"),
                Texts.optional(summary, Texts.TEXT_MAX, "summary", "application.summary"),
                Texts.required(holders, Texts.TEXT_MAX, "holders", "application.holders"), communeCode, receivedOn,
                Map.of(), Decision.PENDING, null, null, null, null);
    }

    /**
     * Records the jury's scores, one per criterion of the call.
     *
     * @throws SelectionRuleViolation after the decision, or when a criterion is unscored, unknown or out of 0..5
     */
    public void score(List<String> criteria, Map<String, Integer> given) {
        requirePending();
        Map<String, Integer> kept = new LinkedHashMap<>();
        for (String criterion : criteria) {
            Integer score = given.get(criterion);
            if (score == null) {
                throw new SelectionRuleViolation("scores", "application.scores.incomplete");
            }
            if (score < 0 || score > SCORE_MAX) {
                throw new SelectionRuleViolation("scores", "application.scores.range");
            }
            kept.put(criterion, score);
        }
        if (!criteria.containsAll(given.keySet())) {
            throw new SelectionRuleViolation("scores", "application.scores.unknown-criterion");
        }
        this.scores = kept;
    }

    /** @throws SelectionRuleViolation unless pending, fully scored on {@code criteria}, and with the jury's reasons */
    public void admit(List<String> criteria, String juryReasons, LocalDate on, UUID startedProject) {
        requireAdmissible(criteria, juryReasons);
        decide(Decision.ADMITTED, juryReasons, on);
        this.projectId = Objects.requireNonNull(startedProject);
    }

    /** Checks, changing nothing, that {@link #admit} would accept: before a seat is taken for it. */
    public void requireAdmissible(List<String> criteria, String juryReasons) {
        requirePending();
        if (criteria.isEmpty() || !scores.keySet().containsAll(criteria)) {
            throw new SelectionRuleViolation("scores", "application.scores.incomplete");
        }
        Texts.required(juryReasons, Texts.TEXT_MAX, "reasons", "application.reasons");
    }

    /** @throws SelectionRuleViolation unless pending and with the jury's reasons */
    public void decline(String juryReasons, LocalDate on) {
        requirePending();
        decide(Decision.DECLINED, juryReasons, on);
    }

    private void decide(Decision outcome, String juryReasons, LocalDate on) {
        this.reasons = Texts.required(juryReasons, Texts.TEXT_MAX, "reasons", "application.reasons");
        this.decision = outcome;
        this.decidedOn = Objects.requireNonNull(on);
    }

    private void requirePending() {
        if (decision != Decision.PENDING) {
            throw new SelectionRuleViolation(null, "application.already-decided");
        }
    }

    public int totalScore() {
        return scores.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean changedSince(Long expectedVersion) {
        return !Objects.equals(version, expectedVersion);
    }

    public ApplicationId getId() { return id; }
    public UUID getCohortId() { return cohortId; }
    public LeadId getLeadId() { return leadId; }
    public String getProjectTitle() { return projectTitle; }
    public String getSummary() { return summary; }
    public String getHolders() { return holders; }
    public String getCommuneCode() { return communeCode; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public Map<String, Integer> getScores() { return java.util.Collections.unmodifiableMap(scores); }
    public Decision getDecision() { return decision; }
    public String getReasons() { return reasons; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public UUID getProjectId() { return projectId; }
    public Long getVersion() { return version; }
}
