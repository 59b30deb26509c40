package fr.ploucs.accompaniment.projects.adapter.in.web;

import fr.ploucs.accompaniment.followup.application.port.in.FollowUpUseCase;
import fr.ploucs.accompaniment.followup.application.port.in.FollowUpUseCase.CheckInLine;
import fr.ploucs.accompaniment.programmes.application.port.in.FindProgrammesQuery;
import fr.ploucs.accompaniment.programmes.domain.CohortId;
import fr.ploucs.accompaniment.projects.domain.Holder;
import fr.ploucs.accompaniment.projects.domain.Milestone;
import fr.ploucs.accompaniment.projects.domain.Outcome;
import fr.ploucs.accompaniment.projects.domain.Project;
import fr.ploucs.accompaniment.projects.domain.Stage;
import fr.ploucs.accompaniment.projects.domain.StageChange;
import fr.ploucs.accompaniment.shared.application.port.in.HolderAttendanceQuery;
import fr.ploucs.accompaniment.shared.application.port.in.HolderAttendanceQuery.AttendedDay;
import fr.ploucs.accompaniment.shared.application.port.in.ProjectCoachingQuery;
import fr.ploucs.accompaniment.shared.application.port.in.ProjectCoachingQuery.CoachingFact;
import fr.ploucs.sharedkernel.territory.Commune;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery;
import fr.ploucs.webparts.SignedInPerson;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The project page: what the project is, who coaches it, its stages and milestones, its check-ins after the
 * incubator, and one timeline of everything that happened to it, gathered from the features through their ports.
 */
@Component
class ProjectPage {

    static final String VIEW = "accompaniment/projects/show";

    private final FindProgrammesQuery programmes;
    private final ProjectCoachingQuery coaching;
    private final HolderAttendanceQuery trainingDays;
    private final FollowUpUseCase followUps;
    private final FindTerritoryQuery territory;
    private final Clock clock;

    ProjectPage(FindProgrammesQuery programmes, ProjectCoachingQuery coaching, HolderAttendanceQuery trainingDays,
                FollowUpUseCase followUps, FindTerritoryQuery territory, Clock clock) {
        this.programmes = programmes;
        this.coaching = coaching;
        this.trainingDays = trainingDays;
        this.followUps = followUps;
        this.territory = territory;
        this.clock = clock;
    }

    String render(Project project, Authentication authentication, Model model) {
        UUID id = project.getId().value();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("project", project);
        model.addAttribute("coordinator", SignedInPerson.isCoordinator(authentication));
        model.addAttribute("cohortLabel", cohortLabel(project.getCohortId()));
        model.addAttribute("communeLabel", communeLabel(project.getCommuneCode()));
        model.addAttribute("coach", coaching.currentCoach(id).orElse(null));
        List<CheckInLine> checkIns = followUps.linesOf(id);
        model.addAttribute("checkIns", checkIns);
        model.addAttribute("timeline", timeline(project, checkIns));
        model.addAttribute("nextStages", Arrays.stream(Stage.values()).filter(s -> s != project.stage()).toList());
        model.addAttribute("today", today);
        if (!model.containsAttribute("projectStage")) {
            StageForm stage = new StageForm();
            stage.setOn(today);
            stage.setVersion(project.getVersion());
            model.addAttribute("projectStage", stage);
        }
        if (!model.containsAttribute("projectMilestone")) {
            MilestoneForm milestone = new MilestoneForm();
            milestone.setReachedOn(today);
            milestone.setVersion(project.getVersion());
            model.addAttribute("projectMilestone", milestone);
        }
        return VIEW;
    }

    String cohortLabel(UUID cohortId) {
        return programmes.cohortSummary(new CohortId(cohortId))
                .map(cohort -> cohort.programmeName() + " · " + cohort.name()).orElse("—");
    }

    String communeLabel(String code) {
        if (code == null) {
            return null;
        }
        return territory.commune(code).map(Commune::label).orElse(code);
    }

    private List<TimelineEntry> timeline(Project project, List<CheckInLine> checkIns) {
        List<TimelineEntry> entries = new ArrayList<>();
        List<StageChange> stages = project.getStages();
        for (int i = 0; i < stages.size(); i++) {
            StageChange change = stages.get(i);
            if (i == 0) {
                entries.add(entry(change.on(), "admission", "projects.timeline.admitted"));
            } else {
                entries.add(entry(change.on(), "stage", "projects.timeline.stage." + change.stage()));
            }
        }
        for (Milestone milestone : project.getMilestones()) {
            if (milestone.reached()) {
                entries.add(entry(milestone.reachedOn(), "milestone", "projects.timeline.milestone",
                        milestone.label()));
            }
        }
        for (CoachingFact fact : coaching.historyOf(project.getId().value())) {
            switch (fact.kind()) {
                case ASSIGNED -> entries.add(entry(fact.on(), "coaching", "projects.timeline.assigned",
                        fact.memberName(), fact.coachName()));
                case ENDED -> entries.add(entry(fact.on(), "coaching", "projects.timeline.assignment-ended",
                        fact.memberName()));
                case SESSION -> entries.add(entry(fact.on(), "session", "projects.timeline.session",
                        fact.memberName(), fact.coachName(), fact.hours().stripTrailingZeros().toPlainString(),
                        fact.topics()));
            }
        }
        for (Holder holder : project.getHolders()) {
            for (AttendedDay day : trainingDays.daysAttended(project.getId().value(), holder.name())) {
                entries.add(entry(day.heldOn(), "training", "projects.timeline.training", holder.name(),
                        day.topic()));
            }
        }
        Outcome outcome = project.getOutcome();
        if (outcome != null) {
            if (outcome.graduated()) {
                entries.add(entry(outcome.leftOn(), "graduation", "projects.timeline.graduated",
                        outcome.structureName(), outcome.jobs()));
            } else {
                entries.add(entry(outcome.leftOn(), "graduation", "projects.timeline.left"));
            }
        }
        for (CheckInLine checkIn : checkIns) {
            if (checkIn.recordedOn() != null) {
                entries.add(entry(checkIn.recordedOn(), "follow-up", "projects.timeline.check-in",
                        checkIn.monthsAfter(), checkIn.jobs()));
            }
        }
        // Stable: what happened the same day keeps the order above (admission before a session of that day).
        entries.sort(Comparator.comparing(TimelineEntry::on));
        return entries;
    }

    private static TimelineEntry entry(LocalDate on, String kind, String key, Object... arguments) {
        return new TimelineEntry(on, kind, key, arguments);
    }
}
