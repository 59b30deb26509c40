package fr.ploucs.accompaniment.trainingdays.application;

import fr.ploucs.accompaniment.programmes.application.port.in.FindProgrammesQuery;
import fr.ploucs.accompaniment.programmes.application.port.in.ProgrammeNotFound;
import fr.ploucs.accompaniment.programmes.domain.CohortId;
import fr.ploucs.accompaniment.projects.application.port.in.FindProjectsQuery;
import fr.ploucs.accompaniment.projects.application.port.in.FindProjectsQuery.CohortHolder;
import fr.ploucs.accompaniment.trainingdays.application.port.in.TrainingDaysUseCase;
import fr.ploucs.accompaniment.trainingdays.application.port.out.TrainingDayRepository;
import fr.ploucs.accompaniment.trainingdays.domain.Attendee;
import fr.ploucs.accompaniment.trainingdays.domain.TrainingDay;
import fr.ploucs.accompaniment.trainingdays.domain.TrainingDayId;
import fr.ploucs.accompaniment.trainingdays.application.port.in.TrainingDayChangedMeanwhile;
import fr.ploucs.accompaniment.trainingdays.application.port.in.TrainingDayNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Service
@Transactional
class TrainingDays implements TrainingDaysUseCase {

    private final TrainingDayRepository days;
    private final FindProgrammesQuery programmes;
    private final FindProjectsQuery projects;
    private final Clock clock;

    TrainingDays(TrainingDayRepository days, FindProgrammesQuery programmes, FindProjectsQuery projects,
                 Clock clock) {
        this.days = days;
        this.programmes = programmes;
        this.projects = projects;
        this.clock = clock;
    }

    @Override
    public TrainingDayId plan(PlanDay command) {
        var cohort = programmes.cohortSummary(new CohortId(command.cohortId()))
                .orElseThrow(() -> new ProgrammeNotFound(command.cohortId()));
        return days.save(TrainingDay.plan(TrainingDayId.newId(), command.cohortId(), command.topic(),
                command.heldOn(), command.place(), command.trainer(), cohort.startsOn(), cohort.endsOn()))
                .getId();
    }

    @Override
    public void recordAttendance(TrainingDayId dayId, Long expectedVersion, Set<String> present) {
        TrainingDay day = days.find(dayId)
                .orElseThrow(() -> new TrainingDayNotFound(dayId));
        if (day.changedSince(expectedVersion)) {
            throw new TrainingDayChangedMeanwhile(dayId);
        }
        List<Attendee> attendance = projects.holdersOf(day.getCohortId()).stream()
                .map(holder -> new Attendee(holder.projectId(), holder.holderName(), present.contains(holder.key())))
                .toList();
        day.recordAttendance(attendance, LocalDate.now(clock));
        days.save(day);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TrainingDay> day(TrainingDayId dayId) {
        return days.find(dayId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TrainingDay> daysOf(UUID cohortId) {
        return days.ofCohort(cohortId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<HolderAttendance> attendanceOf(UUID projectId, String holderName) {
        Optional<UUID> cohort = projects.summary(new fr.ploucs.accompaniment.projects.domain.ProjectId(projectId))
                .map(FindProjectsQuery.ProjectSummary::cohortId);
        return cohort.map(cohortId -> days.ofCohort(cohortId).stream()
                .map(day -> new HolderAttendance(day.getId(), day.getTopic(), day.getHeldOn(),
                        day.getAttendance().isEmpty() ? null : day.getAttendance().stream()
                                .anyMatch(who -> who.projectId().equals(projectId)
                                        && who.holderName().equals(holderName) && who.present())))
                .toList()).orElse(List.of());
    }
}
