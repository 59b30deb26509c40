package fr.ploucs.accompaniment.followup.application.port.in;

import fr.ploucs.accompaniment.followup.domain.CheckIn;
import fr.ploucs.accompaniment.followup.domain.CheckInId;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Post-incubation follow-up: check-ins scheduled when a project leaves, announced when due, then recorded. */
public interface FollowUpUseCase {

    /** Schedules the project's three check-ins once, whatever the redeliveries. */
    void projectLeft(UUID projectId, String projectTitle, LocalDate leftOn);

    void record(CheckInId checkInId, Long expectedVersion, CheckIn.Report report);

    /** Publishes {@code FollowUpDue} once for every check-in that has fallen due; returns how many. */
    int announceDue();

    List<CheckIn> due();

    List<CheckIn> of(UUID projectId);
}
