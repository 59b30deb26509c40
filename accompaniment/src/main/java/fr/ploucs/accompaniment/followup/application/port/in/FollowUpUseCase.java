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

    /**
     * @throws CheckInNotFound         when there is no such check-in
     * @throws CheckInChangedMeanwhile when it was recorded since the form was opened
     */
    void record(CheckInId checkInId, Long expectedVersion, CheckIn.Report report);

    /** Publishes {@code FollowUpDue} once for every check-in that has fallen due; returns how many. */
    int announceDue();

    List<CheckIn> due();

    List<CheckIn> of(UUID projectId);

    /** @throws CheckInNotFound when there is no such check-in */
    CheckIn checkIn(CheckInId id);

    /** How many check-ins are due and not recorded: for the home panel. */
    int countDue();

    /** A project's check-ins as the other features show them, by due day. */
    List<CheckInLine> linesOf(UUID projectId);

    /** @param status, {@code revenue} the enum's name, or null until recorded */
    record CheckInLine(CheckInId id, int monthsAfter, LocalDate dueOn, boolean due, String status, Integer jobs,
                       String revenue, String needs, LocalDate recordedOn) {
    }
}
