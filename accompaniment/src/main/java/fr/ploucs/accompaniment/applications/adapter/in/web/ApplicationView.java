package fr.ploucs.accompaniment.applications.adapter.in.web;

import fr.ploucs.accompaniment.applications.domain.Application;
import fr.ploucs.accompaniment.applications.domain.Decision;
import fr.ploucs.accompaniment.programmes.application.port.in.FindProgrammesQuery.CohortSummary;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * An application as its page shows it, with its cohort (programme, seats) and its scores on each criterion of the
 * call, in the call's order.
 *
 * @param projectId the project followed since the admission, null unless admitted
 */
record ApplicationView(UUID id, UUID cohortId, String programmeName, String cohortName, int capacity, int admitted,
                       String projectTitle, String summary, List<String> holders, String communeCode,
                       LocalDate receivedOn, Decision decision, String reasons, LocalDate decidedOn, UUID projectId,
                       List<ScoreLine> scores, int totalScore, int maxScore, boolean fullyScored, Long version) {

    static ApplicationView of(Application application, CohortSummary cohort) {
        List<ScoreLine> scores = cohort.criteria().stream()
                .map(criterion -> new ScoreLine(criterion, application.getScores().get(criterion)))
                .toList();
        return new ApplicationView(application.getId().value(), cohort.id().value(), cohort.programmeName(),
                cohort.name(), cohort.capacity(), cohort.admitted(), application.getProjectTitle(),
                application.getSummary(), Arrays.stream(application.getHolders().split("\\R"))
                .filter(line -> !line.isBlank()).toList(), application.getCommuneCode(), application.getReceivedOn(),
                application.getDecision(), application.getReasons(), application.getDecidedOn(),
                application.getProjectId(), scores, application.totalScore(), scores.size() * Application.SCORE_MAX,
                !scores.isEmpty() && scores.stream().allMatch(score -> score.score() != null),
                application.getVersion());
    }

    public boolean isPending() {
        return decision == Decision.PENDING;
    }

    public int getSeatsLeft() {
        return Math.max(0, capacity - admitted);
    }

    /** @param score null until the jury scores it */
    record ScoreLine(String criterion, Integer score) {
    }
}
