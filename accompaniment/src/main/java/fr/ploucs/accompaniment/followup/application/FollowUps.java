package fr.ploucs.accompaniment.followup.application;

import fr.ploucs.accompaniment.followup.application.port.in.FollowUpUseCase;
import fr.ploucs.accompaniment.followup.application.port.out.CheckInRepository;
import fr.ploucs.accompaniment.followup.domain.CheckIn;
import fr.ploucs.accompaniment.followup.domain.CheckInId;
import fr.ploucs.accompaniment.followup.domain.FollowUpRuleViolation;
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
                .orElseThrow(() -> new FollowUpRuleViolation(null, "followup.not-found"));
        if (checkIn.changedSince(expectedVersion)) {
            throw new FollowUpRuleViolation(null, "followup.changed-meanwhile");
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

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
