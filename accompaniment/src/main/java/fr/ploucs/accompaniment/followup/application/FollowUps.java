package fr.ploucs.accompaniment.followup.application;

import fr.ploucs.accompaniment.followup.application.port.in.CheckInChangedMeanwhile;
import fr.ploucs.accompaniment.followup.application.port.in.CheckInNotFound;
import fr.ploucs.accompaniment.followup.application.port.in.FollowUpUseCase;
import fr.ploucs.accompaniment.followup.application.port.out.CheckInRepository;
import fr.ploucs.accompaniment.followup.domain.CheckIn;
import fr.ploucs.accompaniment.followup.domain.CheckInId;
import fr.ploucs.sharedkernel.events.FollowUpDue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Service
@Transactional
class FollowUps implements FollowUpUseCase {

    private final CheckInRepository checkIns;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FollowUps(CheckInRepository checkIns, ApplicationEventPublisher events, Clock clock) {
        this.checkIns = checkIns;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void projectLeft(UUID projectId, String projectTitle, LocalDate leftOn) {
        CheckIn.scheduleFor(projectId, projectTitle, leftOn).forEach(checkIns::insertIfAbsent);
    }

    @Override
    public void record(CheckInId checkInId, Long expectedVersion, CheckIn.Report report) {
        CheckIn checkIn = checkIns.find(checkInId)
                .orElseThrow(() -> new CheckInNotFound(checkInId));
        if (checkIn.changedSince(expectedVersion)) {
            throw new CheckInChangedMeanwhile(checkInId);
        }
        checkIn.record(report, today());
        checkIns.save(checkIn);
    }

    @Override
    public int announceDue() {
        List<CheckIn> due = checkIns.lockUnannouncedDue(today());
        for (CheckIn checkIn : due) {
            checkIn.announced();
            checkIns.save(checkIn);
            events.publishEvent(new FollowUpDue(UUID.randomUUID(), clock.instant(), checkIn.getId().value(),
                    checkIn.getProjectId(), checkIn.getProjectTitle(), checkIn.getMonthsAfter(), checkIn.getDueOn()));
        }
        return due.size();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CheckIn> due() {
        return checkIns.due(today());
    }

    @Override
    @Transactional(readOnly = true)
    public List<CheckIn> of(UUID projectId) {
        return checkIns.of(projectId);
    }

    @Override
    @Transactional(readOnly = true)
    public CheckIn checkIn(CheckInId id) {
        return checkIns.find(id).orElseThrow(() -> new CheckInNotFound(id));
    }

    @Override
    @Transactional(readOnly = true)
    public int countDue() {
        return checkIns.due(today()).size();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CheckInLine> linesOf(UUID projectId) {
        LocalDate today = today();
        return checkIns.of(projectId).stream().map(checkIn -> {
            CheckIn.Report report = checkIn.getReport();
            return report == null
                    ? new CheckInLine(checkIn.getId(), checkIn.getMonthsAfter(), checkIn.getDueOn(),
                    checkIn.isDue(today), null, null, null, null, null)
                    : new CheckInLine(checkIn.getId(), checkIn.getMonthsAfter(), checkIn.getDueOn(), false,
                    report.status().name(), report.jobs(), report.revenue().name(), report.needs(),
                    report.recordedOn());
        }).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
